using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Client;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>A new server on the same data directory finds everything the last one committed.</summary>
    public sealed class DurabilityTests
    {
        [Fact]
        public async Task EverythingSurvivesARestartAndARunningJobIsFailedAsInterrupted()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            ISageMakerApi sageMaker = server.SageMaker();
            string arn = (await sageMaker.CreateAutoMLJobV2Async(Jobs.V2("running", new AutopilotTools.Model.Tag { Key = "team", Value = "ml" }))).AutoMLJobArn!;
            await sageMaker.CreateAutoMLJobAsync(Jobs.V1("stopped"));
            await sageMaker.StopAutoMLJobAsync(new StopAutoMLJobRequest { AutoMLJobName = "stopped" });
            await WaitForStatusAsync(sageMaker, "stopped", AutoMLJobStatus.Stopped);
            string uploadId;
            using (AmazonS3Client s3 = server.S3())
            {
                await s3.PutBucketAsync(new PutBucketRequest { BucketName = "kept" });
                await s3.PutObjectAsync(new PutObjectRequest { BucketName = "kept", Key = "train/data.csv", ContentBody = "a,b\n1,2\n" });
                uploadId = (await s3.InitiateMultipartUploadAsync("kept", "pending")).UploadId;
                await s3.UploadPartAsync(new UploadPartRequest { BucketName = "kept", Key = "pending", UploadId = uploadId, PartNumber = 1, InputStream = new MemoryStream(new byte[] { 1, 2, 3 }) });
            }

            // What a crash between writing a file and committing its row leaves: both must go at the next start.
            string strayDirectory = Path.Combine(server.DataDirectory, "blobs", "ff");
            Directory.CreateDirectory(strayDirectory);
            string orphan = Path.Combine(strayDirectory, "ff" + new string('0', 30));
            string temporary = orphan + "1.tmp";
            File.WriteAllText(orphan, "never committed");
            File.WriteAllText(temporary, "half written");

            await server.RestartAsync();

            Assert.Equal(1, server.Server.InterruptedJobs);
            sageMaker = server.SageMaker();
            DescribeAutoMLJobV2Response running = await sageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = "running" });
            Assert.Equal((AutoMLJobStatus.Failed, AutoMLJobSecondaryStatus.Failed), (running.AutoMLJobStatus, running.AutoMLJobSecondaryStatus));
            Assert.Contains("interrupted", running.FailureReason);
            Assert.NotNull(running.EndTime);
            Assert.Equal(AutoMLJobStatus.Stopped, (await sageMaker.DescribeAutoMLJobAsync(new DescribeAutoMLJobRequest { AutoMLJobName = "stopped" })).AutoMLJobStatus);
            ListAutoMLJobsResponse failed = await sageMaker.ListAutoMLJobsAsync(new ListAutoMLJobsRequest { StatusEquals = AutoMLJobStatus.Failed });
            Assert.Contains("interrupted", Assert.Single(failed.AutoMLJobSummaries!).FailureReason);
            Assert.Equal("ml", Assert.Single((await sageMaker.ListTagsAsync(new ListTagsInput { ResourceArn = arn })).Tags!).Value);

            using (AmazonS3Client s3 = server.S3())
            {
                Assert.Equal(new[] { "kept" }, (await s3.ListBucketsAsync(new ListBucketsRequest())).Buckets.Select(b => b.BucketName));
                using GetObjectResponse data = await s3.GetObjectAsync("kept", "train/data.csv");
                Assert.Equal("a,b\n1,2\n", await new StreamReader(data.ResponseStream).ReadToEndAsync());
                UploadPartResponse last = await s3.UploadPartAsync(new UploadPartRequest { BucketName = "kept", Key = "pending", UploadId = uploadId, PartNumber = 2, InputStream = new MemoryStream(new byte[] { 4 }) });
                Assert.Equal(System.Net.HttpStatusCode.OK, last.HttpStatusCode);
            }

            Assert.False(File.Exists(orphan));
            Assert.False(File.Exists(temporary));
        }

        /// <summary>
        /// InService endpoints load their models again and serve; one that was Creating is created; one whose model
        /// can no longer be loaded turns Failed and says why.
        /// </summary>
        [Fact]
        public async Task EndpointsCarryOnAfterARestart()
        {
            var host = new EchoModelHost();
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, host);
            ISageMakerApi sageMaker = server.SageMaker();
            foreach (string name in new[] { "serving", "fragile" })
            {
                await Deployments.DeployAsync(sageMaker, name);
                await Deployments.WaitAsync(sageMaker, name);
            }

            host.Hold();
            await Deployments.DeployAsync(sageMaker, "half-made");
            int loadsBefore = host.Loads;
            host.Broken.Add("fragile");

            await server.RestartAsync();
            host.Release();

            Assert.Equal(3, server.Server.RecoveredEndpoints);
            sageMaker = server.SageMaker();
            Assert.Equal(EndpointStatus.InService, (await sageMaker.DescribeEndpointAsync(new DescribeEndpointInput { EndpointName = "serving" })).EndpointStatus);
            var answer = await server.Runtime().InvokeEndpointAsync(new Model.Runtime.InvokeEndpointInput { EndpointName = "serving", Body = System.Text.Encoding.UTF8.GetBytes("7\n"), ContentType = "text/csv" });
            Assert.StartsWith("serving|7|", System.Text.Encoding.UTF8.GetString(answer.Body!));
            Assert.Equal(EndpointStatus.InService, (await Deployments.WaitAsync(sageMaker, "half-made")).EndpointStatus);
            DescribeEndpointOutput fragile = await Deployments.WaitAsync(sageMaker, "fragile", EndpointStatus.InService);
            Assert.Equal(EndpointStatus.Failed, fragile.EndpointStatus);
            Assert.Equal("After the local server restarted, the endpoint's model could not be loaded again: Production variant AllTraffic could not load model fragile: the model data of fragile is gone.", fragile.FailureReason);
            Assert.True(host.Loads >= loadsBefore + 3);
        }

        [Fact]
        public async Task OneDataDirectoryServesOneServerAtATime()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            await using var second = new AutopilotTools.Local.LocalServer(TestLocalServer.Options(server.DataDirectory, TimeProvider.System));

            var error = await Assert.ThrowsAsync<IOException>(() => second.StartAsync());

            Assert.Contains(server.DataDirectory, error.Message);
        }

        private static async Task WaitForStatusAsync(ISageMakerApi sageMaker, string name, string status)
        {
            for (int poll = 0; poll < 200; poll++)
            {
                if ((await sageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = name })).AutoMLJobStatus == status)
                {
                    return;
                }

                await Task.Delay(10);
            }

            throw new TimeoutException($"{name} did not become {status}.");
        }
    }
}
