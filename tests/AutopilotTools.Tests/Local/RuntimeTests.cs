using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Client.Errors;
using AutopilotTools.Model;
using AutopilotTools.Model.Runtime;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>InvokeEndpoint's routing to an endpoint's loaded model and the runtime's errors.</summary>
    public sealed class RuntimeTests
    {
        [Fact]
        public async Task AnEndpointThatIsNotInServiceIsAValidationError()
        {
            var host = new EchoModelHost();
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, host);
            ISageMakerApi sageMaker = server.SageMaker();
            host.Hold();
            await Deployments.DeployAsync(sageMaker, "warming");

            var creating = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => InvokeAsync(server, "warming", "1\n"));
            host.Release();
            await Deployments.DeployAsync(sageMaker, "broken", image: "not/runnable");
            await Deployments.WaitAsync(sageMaker, "broken");
            var failed = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => InvokeAsync(server, "broken", "1\n"));

            Assert.Equal(("ValidationError", HttpStatusCode.BadRequest), (creating.ErrorCode, creating.StatusCode));
            Assert.Equal("Endpoint warming of account 000000000000 is Creating; it takes invocations only when InService.", creating.Message);
            Assert.Equal("Endpoint broken of account 000000000000 is Failed; it takes invocations only when InService.", failed.Message);
        }

        [Fact]
        public async Task ARowTheModelCannotReadIsAModelErrorWithTheModelsStatusAndMessage()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, new EchoModelHost());
            ISageMakerApi sageMaker = server.SageMaker();
            await Deployments.DeployAsync(sageMaker, "picky");
            await Deployments.WaitAsync(sageMaker, "picky");

            var error = await Assert.ThrowsAsync<ModelErrorException>(() => InvokeAsync(server, "picky", "1,2\nbad,row\n"));

            Assert.Equal(("ModelError", (HttpStatusCode)424), (error.ErrorCode, error.StatusCode));
            Assert.Equal((400, "Unable to read row 'bad,row'."), (error.OriginalStatusCode, error.OriginalMessage));
            Assert.StartsWith("Received client error (400) from primary with message \"Unable to read row 'bad,row'.\"", error.Message);
            Assert.False(string.IsNullOrEmpty(error.RequestId));
        }

        [Fact]
        public async Task TrafficIsSplitByWeightOrSentToTheVariantNamed()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, new EchoModelHost());
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateModelAsync(Deployments.Model("blue"));
            await sageMaker.CreateModelAsync(Deployments.Model("green"));
            CreateEndpointConfigInput config = Deployments.Config("blue-green", "blue", "green");
            config.ProductionVariants![1].InitialVariantWeight = 0;
            await sageMaker.CreateEndpointConfigAsync(config);
            await sageMaker.CreateEndpointAsync(Deployments.Endpoint("split", "blue-green"));
            await Deployments.WaitAsync(sageMaker, "split");

            var byWeight = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => InvokeAsync(server, "split", "1\n")));
            InvokeEndpointOutput named = await server.Runtime().InvokeEndpointAsync(new InvokeEndpointInput { EndpointName = "split", Body = Encoding.UTF8.GetBytes("2\n"), ContentType = "text/csv", TargetVariant = "green" });
            var unknown = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => server.Runtime().InvokeEndpointAsync(new InvokeEndpointInput { EndpointName = "split", Body = Encoding.UTF8.GetBytes("2\n"), ContentType = "text/csv", TargetVariant = "red" }));

            Assert.All(byWeight, answer => Assert.Equal("blue", answer.InvokedProductionVariant));
            Assert.Equal("green", named.InvokedProductionVariant);
            Assert.StartsWith("green|2|", Encoding.UTF8.GetString(named.Body!));
            Assert.Equal(("ValidationError", "Endpoint split has no production variant named red."), (unknown.ErrorCode, unknown.Message));
        }

        [Fact]
        public async Task ABodyOverSixMegabytesIsRefusedBeforeTheModelSeesIt()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, new EchoModelHost());
            ISageMakerApi sageMaker = server.SageMaker();
            await Deployments.DeployAsync(sageMaker, "small");
            await Deployments.WaitAsync(sageMaker, "small");
            using var http = new HttpClient();

            HttpResponseMessage response = await http.PostAsync(server.Url + "/endpoints/small/invocations", new ByteArrayContent(new byte[(6 * 1024 * 1024) + 1]));

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("ValidationError", string.Join(",", response.Headers.GetValues("X-Amzn-ErrorType")));
            using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Contains("larger than InvokeEndpoint accepts", body.RootElement.GetProperty("Message").GetString());
        }

        private static Task<InvokeEndpointOutput> InvokeAsync(TestLocalServer server, string endpoint, string body) =>
            server.Runtime().InvokeEndpointAsync(new InvokeEndpointInput { EndpointName = endpoint, Body = Encoding.UTF8.GetBytes(body), ContentType = "text/csv", Accept = "text/csv" });
    }
}
