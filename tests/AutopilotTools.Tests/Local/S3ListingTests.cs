using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>ListObjectsV2 through AWSSDK.S3: prefixes, delimiters, small pages and continuation, start-after.</summary>
    public sealed class S3ListingTests
    {
        private static readonly string[] Keys =
        {
            "a.csv", "data/2024/01.csv", "data/2024/02.csv", "data/2025/01.csv", "data/readme.txt",
            "models/m1/model.zip", "models/m2/model.zip", "models/m3/model.zip", "z/last",
        };

        [Fact]
        public async Task SmallPagesWithContinuationTokensVisitEveryKeyOnceInOrder()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using AmazonS3Client s3 = await SeedAsync(server);

            var seen = new List<string>();
            string? token = null;
            int pages = 0;
            do
            {
                ListObjectsV2Response page = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "lake", MaxKeys = 2, ContinuationToken = token });
                pages++;
                Assert.True(page.KeyCount <= 2);
                seen.AddRange(page.S3Objects?.Select(o => o.Key) ?? Enumerable.Empty<string>());
                token = page.IsTruncated == true ? page.NextContinuationToken : null;
            }
            while (token != null && pages < 20);

            Assert.Equal(Keys, seen);
            Assert.Equal(5, pages);
        }

        [Fact]
        public async Task ADelimiterRollsKeysUpIntoCommonPrefixesThatPageLikeKeys()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using AmazonS3Client s3 = await SeedAsync(server);

            ListObjectsV2Response top = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "lake", Delimiter = "/" });
            Assert.Equal(new[] { "a.csv" }, top.S3Objects.Select(o => o.Key));
            Assert.Equal(new[] { "data/", "models/", "z/" }, top.CommonPrefixes);
            Assert.Equal(4, top.KeyCount);

            var prefixes = new List<string>();
            var keys = new List<string>();
            string? token = null;
            for (int page = 0; page < 10; page++)
            {
                ListObjectsV2Response response = await s3.ListObjectsV2Async(new ListObjectsV2Request
                {
                    BucketName = "lake", Prefix = "data/", Delimiter = "/", MaxKeys = 1, ContinuationToken = token,
                });
                prefixes.AddRange(response.CommonPrefixes ?? new List<string>());
                keys.AddRange(response.S3Objects?.Select(o => o.Key) ?? Enumerable.Empty<string>());
                token = response.NextContinuationToken;
                if (response.IsTruncated != true)
                {
                    break;
                }
            }

            Assert.Equal(new[] { "data/2024/", "data/2025/" }, prefixes);
            Assert.Equal(new[] { "data/readme.txt" }, keys);
        }

        [Fact]
        public async Task PrefixAndStartAfterNarrowTheListing()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using AmazonS3Client s3 = await SeedAsync(server);

            ListObjectsV2Response models = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "lake", Prefix = "models/", StartAfter = "models/m1/model.zip" });
            Assert.Equal(new[] { "models/m2/model.zip", "models/m3/model.zip" }, models.S3Objects.Select(o => o.Key));
            Assert.Equal(false, models.IsTruncated);
            Assert.All(models.S3Objects, o => Assert.Equal(7, o.Size));

            ListObjectsV2Response none = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "lake", Prefix = "nothing/" });
            Assert.Equal(0, none.KeyCount);
            Assert.Empty(none.S3Objects ?? new List<S3Object>());
        }

        private static async Task<AmazonS3Client> SeedAsync(TestLocalServer server)
        {
            AmazonS3Client s3 = server.S3();
            await s3.PutBucketAsync(new PutBucketRequest { BucketName = "lake" });
            // Written out of order: the listing sorts.
            foreach (string key in Keys.Reverse())
            {
                await s3.PutObjectAsync(new PutObjectRequest { BucketName = "lake", Key = key, ContentBody = "content" });
            }

            return s3;
        }
    }
}
