using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Client.Errors;
using AutopilotTools.Tests.Local;
using Xunit;

namespace AutopilotTools.Tests.Reliability
{
    /// <summary>Many clients at once against the local server: one winner per name, whole objects only.</summary>
    public sealed class ConcurrencyTests
    {
        [Fact]
        public async Task SixteenCreatesOfOneNameMakeOneJobAndFifteenResourceInUse()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            var api = server.SageMaker();

            Task<Exception?>[] attempts = Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
            {
                try
                {
                    await api.CreateAutoMLJobV2Async(Jobs.V2("contested"));
                    return (Exception?)null;
                }
                catch (Exception e)
                {
                    return e;
                }
            })).ToArray();
            Exception?[] outcomes = await Task.WhenAll(attempts);

            Assert.Single(outcomes, o => o == null);
            Assert.Equal(15, outcomes.Count(o => o is ResourceInUseException));
            var listed = await api.ListAutoMLJobsAsync(new Model.ListAutoMLJobsRequest { NameContains = "contested" });
            Assert.Single(listed.AutoMLJobSummaries!);
        }

        [Fact]
        public async Task SixteenUploadsToOneKeyLeaveOneWholeObject()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using AmazonS3Client s3 = server.S3();
            await s3.PutBucketAsync("contested");
            byte[][] bodies = Enumerable.Range(0, 16).Select(i => Encoding.ASCII.GetBytes(new string((char)('a' + i), 256 * 1024))).ToArray();

            await Task.WhenAll(bodies.Select(body => Task.Run(async () =>
            {
                using var stream = new MemoryStream(body);
                await s3.PutObjectAsync(new PutObjectRequest { BucketName = "contested", Key = "same/key.bin", InputStream = stream });
            })));

            using GetObjectResponse stored = await s3.GetObjectAsync("contested", "same/key.bin");
            using var read = new MemoryStream();
            await stored.ResponseStream.CopyToAsync(read);
            byte[] result = read.ToArray();
            Assert.Contains(bodies, body => body.SequenceEqual(result));
            ListObjectsV2Response listing = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "contested" });
            Assert.Single(listing.S3Objects);
        }
    }
}
