using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Bench.Wire;

namespace AutopilotTools.Bench.Throughput
{
    /// <summary>
    /// One object up and down through AWSSDK.S3, as a user's script moves training data: PutObject from memory,
    /// GetObject streamed to nowhere. With the SDK's defaults, every PutObject sends a CRC32 checksum and every
    /// GetObject asks for and verifies one; <c>sdkChecksums: false</c> asks for checksums only where an operation
    /// requires them, to show what that work costs.
    /// </summary>
    internal sealed class S3Transfer : IDisposable
    {
        public const string Bucket = "bench-data";
        private readonly AmazonS3Client _s3;

        public S3Transfer(string endpointUrl, bool sdkChecksums = true)
        {
            var config = new AmazonS3Config { ServiceURL = endpointUrl, ForcePathStyle = true, AuthenticationRegion = BenchConnection.Region, MaxErrorRetry = 0 };
            if (!sdkChecksums)
            {
                config.RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED;
                config.ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED;
            }

            _s3 = new AmazonS3Client(new BasicAWSCredentials(BenchConnection.AccessKey, BenchConnection.SecretKey), config);
        }

        public Task CreateBucketAsync() => _s3.PutBucketAsync(new PutBucketRequest { BucketName = Bucket });

        public async Task<double> PutMBpsAsync(string key, byte[] data)
        {
            var clock = Stopwatch.StartNew();
            using var body = new MemoryStream(data, writable: false);
            await _s3.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = key, InputStream = body, AutoCloseStream = false });
            return data.Length / 1e6 / clock.Elapsed.TotalSeconds;
        }

        public async Task<double> GetMBpsAsync(string key, long expectedLength)
        {
            var clock = Stopwatch.StartNew();
            using GetObjectResponse response = await _s3.GetObjectAsync(Bucket, key);
            var counter = new CountingStream();
            await response.ResponseStream.CopyToAsync(counter);
            if (counter.Length != expectedLength)
            {
                throw new InvalidOperationException($"GetObject returned {counter.Length} bytes, not {expectedLength}.");
            }

            return counter.Length / 1e6 / clock.Elapsed.TotalSeconds;
        }

        /// <summary>
        /// The same object fetched with a plain HttpClient GET (the server checks no signature): what the server and
        /// loopback deliver without the SDK, which tells the server's share of GetObject from the SDK's.
        /// </summary>
        public static async Task<double> PlainGetMBpsAsync(string endpointUrl, string key, long expectedLength)
        {
            using var http = new System.Net.Http.HttpClient();
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync($"{endpointUrl}/{Bucket}/{key}", System.Net.Http.HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            var counter = new CountingStream();
            await (await response.Content.ReadAsStreamAsync()).CopyToAsync(counter);
            if (counter.Length != expectedLength)
            {
                throw new InvalidOperationException($"GET returned {counter.Length} bytes, not {expectedLength}.");
            }

            return counter.Length / 1e6 / clock.Elapsed.TotalSeconds;
        }

        public void Dispose() => _s3.Dispose();

        /// <summary>A write-only stream that keeps nothing but the count.</summary>
        private sealed class CountingStream : Stream
        {
            private long _length;

            public override bool CanRead => false;

            public override bool CanSeek => false;

            public override bool CanWrite => true;

            public override long Length => _length;

            public override long Position { get => _length; set => throw new NotSupportedException(); }

            public override void Flush()
            {
            }

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count) => _length += count;

            public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, System.Threading.CancellationToken cancellationToken = default)
            {
                _length += buffer.Length;
                return ValueTask.CompletedTask;
            }
        }
    }
}
