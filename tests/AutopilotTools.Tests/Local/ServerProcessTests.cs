using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>The built program as a user starts it: the first line names the port; kill -9 loses nothing committed.</summary>
    public sealed class ServerProcessTests
    {
        [Fact]
        public async Task TheProgramPrintsItsUrlServesAndComesBackAfterKillMinusNine()
        {
            string dataDirectory = TempDirectories.Create();
            try
            {
                // No training slots: the job stays queued, InProgress, until the kill interrupts it.
                using (ServerProcess first = await ServerProcess.StartAsync(dataDirectory, "--max-concurrent-jobs", "0"))
                {
                    using var http = new HttpClient();
                    using JsonDocument health = JsonDocument.Parse(await http.GetStringAsync(first.Url + "/"));
                    Assert.Equal("us-east-1", health.RootElement.GetProperty("region").GetString());

                    await first.SageMaker().CreateAutoMLJobV2Async(Jobs.V2("survivor"));
                    using AmazonS3Client s3 = first.S3();
                    await s3.PutBucketAsync(new PutBucketRequest { BucketName = "kept" });
                    await s3.PutObjectAsync(new PutObjectRequest { BucketName = "kept", Key = "k", ContentBody = "durable" });
                    await first.KillAsync();
                }

                using ServerProcess second = await ServerProcess.StartAsync(dataDirectory, "--max-concurrent-jobs", "0");
                DescribeAutoMLJobV2Response job = await second.SageMaker().DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = "survivor" });
                Assert.Equal(AutoMLJobStatus.Failed, job.AutoMLJobStatus);
                Assert.Contains("interrupted", job.FailureReason);
                using (AmazonS3Client s3 = second.S3())
                {
                    using GetObjectResponse kept = await s3.GetObjectAsync("kept", "k");
                    Assert.Equal("durable", await new StreamReader(kept.ResponseStream).ReadToEndAsync());
                }
            }
            finally
            {
                TempDirectories.Remove(dataDirectory);
            }
        }
    }
}
