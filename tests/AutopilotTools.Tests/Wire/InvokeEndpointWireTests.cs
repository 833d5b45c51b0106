using System.Collections.Generic;
using System.Text;
using Amazon.Runtime;
using AutopilotTools.Client;
using AutopilotTools.Client.Connection;
using AutopilotTools.Client.Errors;
using AutopilotTools.Model.Runtime;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Wire
{
    /// <summary>
    /// SageMaker Runtime's InvokeEndpoint through the typed client (its cmdlet comes with the deploy issue): REST-JSON,
    /// raw body, members as headers, signed as "sagemaker".
    /// </summary>
    public sealed class InvokeEndpointWireTests
    {
        private static ISageMakerRuntimeApi RuntimeFor(LoopbackServer server) => ClientCache.SageMakerRuntime(new ResolvedConnection(
            FakeSageMaker.Region, new BasicAWSCredentials(FakeSageMaker.AccessKey, FakeSageMaker.SecretKey), server.Url, "test", "test", "test"));

        [Fact]
        public void SendsTheRowsAsTheBodyAndReadsThePredictionAndHeaders()
        {
            using var server = new LoopbackServer(_ => new Reply(200, "1,0.93\n", new Dictionary<string, string>
            {
                ["Content-Type"] = "text/csv",
                ["x-Amzn-Invoked-Production-Variant"] = "AllTraffic",
            }));

            InvokeEndpointOutput output = RuntimeFor(server).InvokeEndpointAsync(new InvokeEndpointInput
            {
                EndpointName = "churn-endpoint",
                Body = Encoding.UTF8.GetBytes("42,yes,3.5\n"),
                ContentType = "text/csv",
                Accept = "text/csv",
                InferenceId = "run-7",
            }).GetAwaiter().GetResult();

            Assert.Equal("1,0.93\n", Encoding.UTF8.GetString(output.Body!));
            Assert.Equal("text/csv", output.ContentType);
            Assert.Equal("AllTraffic", output.InvokedProductionVariant);
            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal(("POST", "/endpoints/churn-endpoint/invocations"), (request.Method, request.Path));
            Assert.Equal("42,yes,3.5\n", request.BodyText);
            Assert.Equal("text/csv", request.Header("Content-Type"));
            Assert.Equal("text/csv", request.Header("Accept"));
            Assert.Equal("run-7", request.Header("X-Amzn-SageMaker-Inference-Id"));
            Assert.Equal(("sagemaker", FakeSageMaker.Region), (SigV4.Parse(request).Service, SigV4.Parse(request).Region));
            Assert.True(SigV4.IsValid(request, FakeSageMaker.SecretKey));
        }

        [Fact]
        public void AModelErrorCarriesTheContainersStatusAndMessage()
        {
            using var server = new LoopbackServer(_ => new Reply(424,
                "{\"Message\":\"Received client error (400) from model\",\"OriginalStatusCode\":400,\"OriginalMessage\":\"bad row\",\"LogStreamArn\":\"arn:aws:logs:x\"}",
                new Dictionary<string, string> { ["X-Amzn-ErrorType"] = "ModelError:http://internal.amazon.com/coral/com.amazonaws.sagemaker/", ["Content-Type"] = "application/json" }));

            var error = Assert.Throws<ModelErrorException>(() => RuntimeFor(server).InvokeEndpointAsync(new InvokeEndpointInput
            {
                EndpointName = "churn-endpoint",
                Body = Encoding.UTF8.GetBytes("oops"),
            }).GetAwaiter().GetResult());

            Assert.Equal("ModelError", error.ErrorCode);
            Assert.Equal(400, error.OriginalStatusCode);
            Assert.Equal("bad row", error.OriginalMessage);
            Assert.Equal("arn:aws:logs:x", error.LogStreamArn);
            Assert.Single(server.Requests);
        }
    }
}
