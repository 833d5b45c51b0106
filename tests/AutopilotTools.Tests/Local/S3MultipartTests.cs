using System;
using System.IO;
using System.Net;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>Multipart uploads: TransferUtility as users call it, and the low-level calls' errors.</summary>
    public sealed class S3MultipartTests
    {
        private const long PartSize = 5 * 1024 * 1024;

        [Fact]
        public async Task TransferUtilityUploadsInPartsAndTheObjectReadsBackWhole()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using AmazonS3Client s3 = server.S3();
            await s3.PutBucketAsync(new PutBucketRequest { BucketName = "big" });
            byte[] data = new byte[(2 * PartSize) + 123_457];
            new Random(7).NextBytes(data);
            using var transfer = new TransferUtility(s3, new TransferUtilityConfig { MinSizeBeforePartUpload = PartSize });

            await transfer.UploadAsync(new TransferUtilityUploadRequest
            {
                BucketName = "big",
                Key = "data/train.bin",
                InputStream = new MemoryStream(data),
                PartSize = PartSize,
                ContentType = "application/octet-stream",
            });

            GetObjectMetadataResponse head = await s3.GetObjectMetadataAsync("big", "data/train.bin");
            Assert.Equal(data.Length, head.ContentLength);
            Assert.EndsWith("-3\"", head.ETag);
            using GetObjectResponse got = await s3.GetObjectAsync(new GetObjectRequest { BucketName = "big", Key = "data/train.bin", ChecksumMode = ChecksumMode.ENABLED });
            using var copy = new MemoryStream();
            await got.ResponseStream.CopyToAsync(copy);
            Assert.Equal(data, copy.ToArray());
        }

        [Fact]
        public async Task AnAbortedUploadIsGoneAndSmallPartsAreRefused()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using AmazonS3Client s3 = server.S3();
            await s3.PutBucketAsync(new PutBucketRequest { BucketName = "big" });

            InitiateMultipartUploadResponse small = await s3.InitiateMultipartUploadAsync("big", "small");
            UploadPartResponse one = await UploadAsync(s3, small.UploadId, 1, 10);
            UploadPartResponse two = await UploadAsync(s3, small.UploadId, 2, 10);
            var tooSmall = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => s3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
            {
                BucketName = "big",
                Key = "small",
                UploadId = small.UploadId,
                PartETags = new() { new PartETag(1, one.ETag), new PartETag(2, two.ETag) },
            }));
            Assert.Equal("EntityTooSmall", tooSmall.ErrorCode);

            await s3.AbortMultipartUploadAsync("big", "small", small.UploadId);
            var gone = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => UploadAsync(s3, small.UploadId, 3, 10));
            Assert.Equal(("NoSuchUpload", HttpStatusCode.NotFound), (gone.ErrorCode, gone.StatusCode));
            var missing = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => s3.GetObjectMetadataAsync("big", "small"));
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        private static Task<UploadPartResponse> UploadAsync(AmazonS3Client s3, string uploadId, int number, int size) =>
            s3.UploadPartAsync(new UploadPartRequest
            {
                BucketName = "big",
                Key = "small",
                UploadId = uploadId,
                PartNumber = number,
                InputStream = new MemoryStream(new byte[size]),
            });
    }
}
