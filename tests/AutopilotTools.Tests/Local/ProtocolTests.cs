using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using AutopilotTools.Client.Errors;
using AutopilotTools.Model.Runtime;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>The one port's routing: health, SageMaker's target header, the runtime path, and what an unknown operation gets.</summary>
    public sealed class ProtocolTests
    {
        [Fact]
        public async Task AnUnsignedGetOfTheRootIsTheHealthDocument()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using var http = new HttpClient();

            using JsonDocument health = JsonDocument.Parse(await http.GetStringAsync(server.Url + "/"));

            Assert.Contains("Autopilot", health.RootElement.GetProperty("service").GetString());
            Assert.Equal(Hosting.FakeSageMaker.Region, health.RootElement.GetProperty("region").GetString());
            Assert.False(string.IsNullOrEmpty(health.RootElement.GetProperty("version").GetString()));
            Assert.True(health.RootElement.GetProperty("uptimeSeconds").GetDouble() >= 0);
            Assert.Equal(new[] { "endpoints" }, Capabilities(health));
        }

        [Fact]
        public async Task TheHealthDocumentSaysTrainingOnlyWhenTheServerHasTrainingSlots()
        {
            await using TestLocalServer server = await TestLocalServer.StartTrainingAsync(jobSlots: 1);
            using var http = new HttpClient();

            using JsonDocument health = JsonDocument.Parse(await http.GetStringAsync(server.Url + "/"));

            Assert.Equal(new[] { "endpoints", "training" }, Capabilities(health));
        }

        private static string[] Capabilities(JsonDocument health) =>
            health.RootElement.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()!).OrderBy(c => c, StringComparer.Ordinal).ToArray();

        [Theory]
        [InlineData("SageMaker.NoSuchThing", "Unknown operation")]
        [InlineData("Kinesis_20131202.ListStreams", "Unknown operation")]
        public async Task UnknownOperationsAreUnknownOperationException(string target, string message)
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using var http = new HttpClient();
            var request = new HttpRequestMessage(HttpMethod.Post, server.Url + "/") { Content = new StringContent("{}", Encoding.UTF8, "application/x-amz-json-1.1") };
            request.Headers.Add("X-Amz-Target", target);

            HttpResponseMessage response = await http.SendAsync(request);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("UnknownOperationException", string.Join(",", response.Headers.GetValues("X-Amzn-ErrorType")));
            Assert.False(string.IsNullOrEmpty(string.Join(",", response.Headers.GetValues("x-amzn-RequestId"))));
            using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("UnknownOperationException", body.RootElement.GetProperty("__type").GetString());
            Assert.Contains(message, body.RootElement.GetProperty("Message").GetString());
        }

        /// <summary>Every operation of the service model the module uses has an implementation: none answers UnknownOperationException.</summary>
        [Fact]
        public async Task EveryOperationOfTheModelIsImplemented()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using var http = new HttpClient();

            foreach ((string name, _, _) in Model.SageMakerOperations.All)
            {
                var request = new HttpRequestMessage(HttpMethod.Post, server.Url + "/") { Content = new StringContent("{}", Encoding.UTF8, "application/x-amz-json-1.1") };
                request.Headers.Add("X-Amz-Target", "SageMaker." + name);
                HttpResponseMessage response = await http.SendAsync(request);
                string type = response.Headers.TryGetValues("X-Amzn-ErrorType", out var types) ? string.Join(",", types) : "none";
                Assert.True(type != "UnknownOperationException", name + " is not implemented.");
            }
        }

        [Fact]
        public async Task ABodyThatIsNotJsonIsASerializationException()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using var http = new HttpClient();
            var request = new HttpRequestMessage(HttpMethod.Post, server.Url + "/") { Content = new StringContent("{\"AutoMLJobName\": 5", Encoding.UTF8, "application/x-amz-json-1.1") };
            request.Headers.Add("X-Amz-Target", "SageMaker.DescribeAutoMLJobV2");

            HttpResponseMessage response = await http.SendAsync(request);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("SerializationException", string.Join(",", response.Headers.GetValues("X-Amzn-ErrorType")));
        }

        [Fact]
        public async Task AnEmptyBodyWithExpectContinueGetsItsAnswerAndTheConnectionCloses()
        {
            // botocore sends Expect: 100-continue even with an empty body; answered without a 100 first, it misreads
            // the next response on the same connection (see RequestRouter), so the server closes this one.
            await using TestLocalServer server = await TestLocalServer.StartAsync();

            (int status, string headers, _) = await RawHttp.ExchangeAsync(server.Url, "PUT", "/empty-bodies", null, "Expect: 100-continue\r\n");

            Assert.Equal(200, status);
            Assert.Contains("Connection: close", headers, StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public async Task InvokingAnEndpointThatDoesNotExistIsTheRuntimesValidationError()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();

            var error = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => server.Runtime().InvokeEndpointAsync(new InvokeEndpointInput
            {
                EndpointName = "churn-endpoint",
                Body = Encoding.UTF8.GetBytes("42,gold\n"),
                ContentType = "text/csv",
            }));

            Assert.Equal(("ValidationError", HttpStatusCode.BadRequest), (error.ErrorCode, error.StatusCode));
            Assert.Equal("Endpoint churn-endpoint of account 000000000000 not found.", error.Message);
        }
    }
}
