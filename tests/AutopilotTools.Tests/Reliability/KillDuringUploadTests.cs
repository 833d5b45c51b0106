using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Tests.Local;
using Xunit;

namespace AutopilotTools.Tests.Reliability
{
    /// <summary>
    /// kill -9 of the server program while it receives a PutObject and a multipart part: after a restart nothing
    /// half-received is visible or left on disk, and everything it acknowledged is there, whole.
    /// </summary>
    public sealed class KillDuringUploadTests
    {
        private const int Megabyte = 1024 * 1024;

        [Fact]
        public async Task NoHalfUploadedObjectIsVisibleAndEveryAcknowledgedObjectAndPartRemains()
        {
            string dataDirectory = TempDirectories.Create();
            string blobs = Path.Combine(dataDirectory, "blobs");
            byte[] whole = Bytes(Megabyte, seed: 1);
            byte[] firstPart = Bytes(Megabyte, seed: 2);
            using var hold = new CancellationTokenSource();
            try
            {
                string uploadId, firstETag;
                using (ServerProcess first = await ServerProcess.StartAsync(dataDirectory, "--max-concurrent-jobs", "0"))
                {
                    using (AmazonS3Client s3 = first.S3())
                    {
                        await s3.PutBucketAsync("uploads");
                        await s3.PutObjectAsync(new PutObjectRequest { BucketName = "uploads", Key = "whole.bin", InputStream = new MemoryStream(whole) });
                        uploadId = (await s3.InitiateMultipartUploadAsync("uploads", "parts.bin")).UploadId;
                        firstETag = (await s3.UploadPartAsync(new UploadPartRequest { BucketName = "uploads", Key = "parts.bin", UploadId = uploadId, PartNumber = 1, InputStream = new MemoryStream(firstPart) })).ETag;
                    }

                    // Two uploads of 8 MB stop after 4 MB, and wait; once the server is writing both, it is killed.
                    using var http = new HttpClient { BaseAddress = new Uri(first.Url) };
                    Task<HttpResponseMessage> half = http.PutAsync("/uploads/half.bin", new HalfSentBody(8 * Megabyte, 4 * Megabyte, hold.Token));
                    Task<HttpResponseMessage> part = http.PutAsync($"/uploads/parts.bin?partNumber=2&uploadId={Uri.EscapeDataString(uploadId)}", new HalfSentBody(8 * Megabyte, 4 * Megabyte, hold.Token));
                    bool receiving = SpinWait.SpinUntil(() => PartialFiles(blobs).Count(f => new FileInfo(f).Length >= Megabyte) == 2, TimeSpan.FromSeconds(30));
                    await first.KillAsync();

                    // The client notices only when it tries to send the rest; neither upload was acknowledged.
                    hold.Cancel();
                    Assert.True(receiving, "the server was writing both uploads when it was killed");
                    await Assert.ThrowsAnyAsync<Exception>(() => half);
                    await Assert.ThrowsAnyAsync<Exception>(() => part);
                }

                using ServerProcess second = await ServerProcess.StartAsync(dataDirectory, "--max-concurrent-jobs", "0");
                using AmazonS3Client after = second.S3();
                var missing = await Assert.ThrowsAsync<AmazonS3Exception>(() => after.GetObjectMetadataAsync("uploads", "half.bin"));
                Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
                Assert.Equal(new[] { "whole.bin" }, (await after.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "uploads" })).S3Objects.Select(o => o.Key));
                Assert.Equal(whole, await ReadAsync(after, "whole.bin"));
                Assert.Empty(PartialFiles(blobs));

                // The acknowledged part survived and completes the upload; the half-sent one is not in it.
                await after.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
                {
                    BucketName = "uploads",
                    Key = "parts.bin",
                    UploadId = uploadId,
                    PartETags = new System.Collections.Generic.List<PartETag> { new PartETag(1, firstETag) },
                });
                Assert.Equal(firstPart, await ReadAsync(after, "parts.bin"));
            }
            finally
            {
                hold.Cancel();
                TempDirectories.Remove(dataDirectory);
            }
        }

        /// <summary>Files the server is still writing (or never finished): its blobs' temporary files.</summary>
        private static string[] PartialFiles(string blobs) =>
            Directory.Exists(blobs) ? Directory.GetFiles(blobs, "*.tmp", SearchOption.AllDirectories) : Array.Empty<string>();

        private static byte[] Bytes(int length, int seed)
        {
            byte[] bytes = new byte[length];
            new Random(seed).NextBytes(bytes);
            return bytes;
        }

        private static async Task<byte[]> ReadAsync(AmazonS3Client s3, string key)
        {
            using GetObjectResponse response = await s3.GetObjectAsync("uploads", key);
            using var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer);
            return buffer.ToArray();
        }
    }
}
