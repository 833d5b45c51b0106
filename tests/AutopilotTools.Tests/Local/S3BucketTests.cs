using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>Buckets on the local server through AWSSDK.S3, unchanged but for the endpoint and path-style addressing.</summary>
    public sealed class S3BucketTests
    {
        [Fact]
        public async Task BucketsAreCreatedListedCheckedAndDeletedOnlyWhenEmpty()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using AmazonS3Client s3 = server.S3();

            await s3.PutBucketAsync(new PutBucketRequest { BucketName = "data" });
            await s3.PutBucketAsync(new PutBucketRequest { BucketName = "models" });
            var duplicate = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => s3.PutBucketAsync(new PutBucketRequest { BucketName = "data" }));
            Assert.Equal(("BucketAlreadyOwnedByYou", HttpStatusCode.Conflict), (duplicate.ErrorCode, duplicate.StatusCode));
            Assert.False(string.IsNullOrEmpty(duplicate.RequestId));

            ListBucketsResponse listed = await s3.ListBucketsAsync(new ListBucketsRequest());
            Assert.Equal(new[] { "data", "models" }, listed.Buckets.Select(b => b.BucketName));
            Assert.Equal(HttpStatusCode.OK, (await s3.GetBucketLocationAsync("data")).HttpStatusCode);

            await s3.PutObjectAsync(new PutObjectRequest { BucketName = "data", Key = "train.csv", ContentBody = "a,b\n1,2\n" });
            var notEmpty = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => s3.DeleteBucketAsync("data"));
            Assert.Equal(("BucketNotEmpty", HttpStatusCode.Conflict), (notEmpty.ErrorCode, notEmpty.StatusCode));

            await s3.DeleteObjectAsync("data", "train.csv");
            await s3.DeleteBucketAsync("data");
            var missing = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "data" }));
            Assert.Equal(("NoSuchBucket", HttpStatusCode.NotFound), (missing.ErrorCode, missing.StatusCode));
            var head = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => s3.GetObjectMetadataAsync("data", "train.csv"));
            Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        }

        [Theory]
        [InlineData("UPPER")]
        [InlineData("ab")]
        [InlineData("a..b")]
        [InlineData("192.168.1.1")]
        [InlineData("-leading")]
        public async Task InvalidBucketNamesAreRefused(string name)
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using AmazonS3Client s3 = server.S3();

            var error = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => s3.PutBucketAsync(new PutBucketRequest { BucketName = name }));

            Assert.Equal(("InvalidBucketName", HttpStatusCode.BadRequest), (error.ErrorCode, error.StatusCode));
        }
    }
}
