using System;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using Amazon.Runtime;
using Amazon.S3;
using AutopilotTools.Client;
using AutopilotTools.Client.Errors;
using AutopilotTools.Json;
using AutopilotTools.Model;
using AutopilotTools.Tests.Local;
using Xunit;

namespace AutopilotTools.Tests.Reliability
{
    /// <summary>
    /// The local server's fault injection itself: off unless asked for, each fault in the service's own shape, given
    /// before the operation runs, and the SDK's retries as the measure of what a client survives.
    /// </summary>
    public sealed class FaultInjectionTests
    {
        [Fact]
        public async Task WithoutTheSwitchTheFaultCallIsAnOrdinaryS3RequestAndNoRequestFails()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();

            (int status, string body) = await server.Faults.ExchangeAsync(HttpMethod.Post, "{\"rate\":1}");

            Assert.Equal(400, status);
            Assert.Equal("InvalidBucketName", XElement.Parse(body).Element("Code")!.Value);
            using AmazonS3Client s3 = server.S3(); // no retries: one fault would fail a call
            for (int i = 0; i < 10; i++)
            {
                await s3.PutBucketAsync("still-served-" + i);
            }

            using var http = new HttpClient();
            Assert.DoesNotContain("fault-injection", await http.GetStringAsync(server.Url + "/"));
        }

        [Theory]
        [InlineData("throttling", 400, "ThrottlingException", 503, "SlowDown")]
        [InlineData("500", 500, "InternalFailure", 500, "InternalError")]
        [InlineData("503", 503, "ServiceUnavailable", 503, "ServiceUnavailable")]
        public async Task EachErrorIsTheServicesOwnAndComesBeforeTheOperationRuns(string kind, int sageMakerStatus, string sageMakerCode, int s3Status, string s3Code)
        {
            await using TestLocalServer server = await TestLocalServer.StartWithFaultsAsync();
            using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
            await server.Faults.StartAsync(new { rate = 1.0, kinds = new[] { kind } });

            using HttpResponseMessage create = await http.SendAsync(SageMakerRequest("CreateAutoMLJobV2", Jobs.V2("never-made")));
            using HttpResponseMessage bucket = await http.PutAsync("/never-made", null);

            Assert.Equal((sageMakerStatus, sageMakerCode), ((int)create.StatusCode, string.Join(",", create.Headers.GetValues("X-Amzn-ErrorType"))));
            using (JsonDocument error = JsonDocument.Parse(await create.Content.ReadAsStringAsync()))
            {
                Assert.Equal(sageMakerCode, error.RootElement.GetProperty("__type").GetString());
            }

            Assert.Equal(s3Status, (int)bucket.StatusCode);
            Assert.Equal(s3Code, XElement.Parse(await bucket.Content.ReadAsStringAsync()).Element("Code")!.Value);
            FaultStatistics statistics = await server.Faults.StopAsync();
            Assert.Equal((false, 2L, 2L, 2L), (statistics.Active, statistics.Requests, statistics.Faulted, statistics.Faults[kind]));

            // Nothing happened: the job and the bucket are still free to be made.
            await Assert.ThrowsAsync<ResourceNotFoundException>(() => server.SageMaker().DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = "never-made" }));
            await server.SageMaker().CreateAutoMLJobV2Async(Jobs.V2("never-made"));
            using AmazonS3Client s3 = server.S3();
            await s3.PutBucketAsync("never-made");
        }

        [Fact]
        public async Task ADroppedConnectionGetsNoResponseAndASlowRequestIsServed()
        {
            await using TestLocalServer server = await TestLocalServer.StartWithFaultsAsync();
            using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

            await server.Faults.StartAsync(new { rate = 1.0, kinds = new[] { "drop" } });
            await Assert.ThrowsAsync<HttpRequestException>(() => http.SendAsync(SageMakerRequest("CreateAutoMLJobV2", Jobs.V2("dropped"))));
            await server.Faults.StartAsync(new { rate = 1.0, kinds = new[] { "slow" }, slowMs = 50 });
            using HttpResponseMessage slow = await http.SendAsync(SageMakerRequest("CreateAutoMLJobV2", Jobs.V2("dropped")));

            // The dropped create made nothing, so the slow one makes the job.
            Assert.Equal(200, (int)slow.StatusCode);
            Assert.Equal(1, (await server.Faults.StatisticsAsync()).Faults["slow"]);
            Assert.Contains("fault-injection", await http.GetStringAsync("/"));
        }

        /// <summary>
        /// The SDK's standard retry mode makes 3 attempts: a call lives through 2 faults in a row and not 3. This is why
        /// the suite's 30% plans cap faults per call at 2: with independent faults a call fails 0.3³ = 2.7% of the time,
        /// so a cmdlet run of 100 calls would fail more often than not (1 − 0.973¹⁰⁰ ≈ 94%).
        /// </summary>
        [Fact]
        public async Task TheSdkRetriesThroughTwoFaultsInARowAndNotThree()
        {
            await using TestLocalServer server = await TestLocalServer.StartWithFaultsAsync();
            ISageMakerApi sageMaker = server.SageMaker();

            await server.Faults.StartAsync(new { rate = 1.0, kinds = new[] { "500" }, maxFaultsPerCall = 2 });
            await sageMaker.ListAutoMLJobsAsync(new ListAutoMLJobsRequest());
            FaultStatistics survived = await server.Faults.StatisticsAsync();
            await server.Faults.StartAsync(new { rate = 1.0, kinds = new[] { "500" }, maxFaultsPerCall = 3 });
            var failed = await Assert.ThrowsAnyAsync<AmazonServiceException>(() => sageMaker.ListAutoMLJobsAsync(new ListAutoMLJobsRequest()));

            Assert.Equal((3L, 2L), (survived.Requests, survived.Faulted));
            Assert.Equal("InternalFailure", failed.ErrorCode);
            FaultStatistics exhausted = await server.Faults.StatisticsAsync();
            Assert.Equal((3L, 3L), (exhausted.Requests, exhausted.Faulted));
        }

        [Theory]
        [InlineData("{\"rate\":1.5}", "'rate' must be a number from 0 to 1.")]
        [InlineData("{\"rate\":0.3,\"kinds\":[\"timeout\"]}", "Unknown fault kind 'timeout'")]
        [InlineData("{\"rate\":0.3,\"sed\":1}", "Unknown member 'sed'")]
        [InlineData("[0.3]", "must be a JSON object")]
        [InlineData("rate=0.3", "is an invalid start of a value")]
        public async Task APlanThatCannotBeReadIsRefusedAndFaultsStayOff(string plan, string message)
        {
            await using TestLocalServer server = await TestLocalServer.StartWithFaultsAsync();

            (int status, string body) = await server.Faults.ExchangeAsync(HttpMethod.Post, plan);

            Assert.Equal(400, status);
            Assert.Contains(message, JsonDocument.Parse(body).RootElement.GetProperty("message").GetString());
            Assert.False((await server.Faults.StatisticsAsync()).Active);
        }

        private static HttpRequestMessage SageMakerRequest(string operation, object request)
        {
            var message = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new ByteArrayContent(ServiceJson.Serialize(request, request.GetType())) };
            message.Headers.Add("X-Amz-Target", "SageMaker." + operation);
            message.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-amz-json-1.1");
            return message;
        }
    }
}
