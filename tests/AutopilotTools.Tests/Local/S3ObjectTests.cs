using System;
using System.IO;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>
    /// Objects through AWSSDK.S3. Its uploads are aws-chunked with a trailing CRC32 by default, and its downloads ask for
    /// the checksum and verify it, so these round trips exercise both.
    /// </summary>
    public sealed class S3ObjectTests
    {
        [Fact]
        public async Task AnObjectComesBackWithItsBytesTypeMetadataAndETag()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using AmazonS3Client s3 = server.S3();
            await s3.PutBucketAsync(new PutBucketRequest { BucketName = "data" });
            const string csv = "age,plan,churn\n42,gold,yes\n";
            var put = new PutObjectRequest { BucketName = "data", Key = "in put/train 1.csv", ContentBody = csv, ContentType = "text/csv" };
            put.Metadata.Add("source", "unit-test");

            PutObjectResponse stored = await s3.PutObjectAsync(put);

            string md5 = "\"" + Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(csv))).ToLowerInvariant() + "\"";
            Assert.Equal(md5, stored.ETag);
            using GetObjectResponse got = await s3.GetObjectAsync(new GetObjectRequest { BucketName = "data", Key = "in put/train 1.csv", ChecksumMode = ChecksumMode.ENABLED });
            Assert.Equal(csv, await new StreamReader(got.ResponseStream).ReadToEndAsync());
            Assert.Equal("text/csv", got.Headers.ContentType);
            Assert.Equal("unit-test", got.Metadata["source"]);
            Assert.Equal(md5, got.ETag);
            Assert.False(string.IsNullOrEmpty(got.ChecksumCRC32), "the SDK sent a CRC32 trailer; the server keeps it and gives it back");

            GetObjectMetadataResponse head = await s3.GetObjectMetadataAsync("data", "in put/train 1.csv");
            Assert.Equal(csv.Length, head.ContentLength);
            Assert.Equal(md5, head.ETag);
            Assert.True((DateTime.UtcNow - head.LastModified!.Value.ToUniversalTime()).Duration() < TimeSpan.FromMinutes(1));
        }

        [Fact]
        public async Task RangesReturnThePartAskedForAndAnUnsatisfiableOneIsInvalidRange()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using AmazonS3Client s3 = server.S3();
            await s3.PutBucketAsync(new PutBucketRequest { BucketName = "data" });
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = "data", Key = "digits", ContentBody = "0123456789" });

            Assert.Equal("234", await ReadRangeAsync(s3, new ByteRange(2, 4)));
            Assert.Equal("789", await ReadRangeAsync(s3, new ByteRange("bytes=-3")));
            Assert.Equal("89", await ReadRangeAsync(s3, new ByteRange("bytes=8-")));
            Assert.Equal("9", await ReadRangeAsync(s3, new ByteRange(9, 500)));
            var error = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => ReadRangeAsync(s3, new ByteRange(10, 20)));
            Assert.Equal(("InvalidRange", HttpStatusCode.RequestedRangeNotSatisfiable), (error.ErrorCode, error.StatusCode));
        }

        [Fact]
        public async Task ReplacingAndDeletingObjectsAndTheirErrors()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using AmazonS3Client s3 = server.S3();
            await s3.PutBucketAsync(new PutBucketRequest { BucketName = "data" });
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = "data", Key = "k", ContentBody = "first" });
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = "data", Key = "k", ContentBody = "second", ChecksumAlgorithm = ChecksumAlgorithm.SHA256 });

            using (GetObjectResponse got = await s3.GetObjectAsync(new GetObjectRequest { BucketName = "data", Key = "k", ChecksumMode = ChecksumMode.ENABLED }))
            {
                Assert.Equal("second", await new StreamReader(got.ResponseStream).ReadToEndAsync());
                Assert.Equal(Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("second"))), got.ChecksumSHA256);
            }

            await s3.CopyObjectAsync(new CopyObjectRequest { SourceBucket = "data", SourceKey = "k", DestinationBucket = "data", DestinationKey = "copy" });
            await s3.DeleteObjectAsync("data", "k");
            await s3.DeleteObjectAsync("data", "k");
            var missing = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => s3.GetObjectAsync("data", "k"));
            Assert.Equal(("NoSuchKey", HttpStatusCode.NotFound), (missing.ErrorCode, missing.StatusCode));
            using GetObjectResponse copy = await s3.GetObjectAsync("data", "copy");
            Assert.Equal("second", await new StreamReader(copy.ResponseStream).ReadToEndAsync());
            var noBucket = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => s3.PutObjectAsync(new PutObjectRequest { BucketName = "nope", Key = "k", ContentBody = "x" }));
            Assert.Equal("NoSuchBucket", noBucket.ErrorCode);
        }

        private static async Task<string> ReadRangeAsync(AmazonS3Client s3, ByteRange range)
        {
            using GetObjectResponse response = await s3.GetObjectAsync(new GetObjectRequest { BucketName = "data", Key = "digits", ByteRange = range });
            return await new StreamReader(response.ResponseStream).ReadToEndAsync();
        }
    }
}
