using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Client.Errors;
using AutopilotTools.Inference;
using AutopilotTools.Model;
using AutopilotTools.Model.Runtime;
using AutopilotTools.Requests;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>The trained job's best candidate deployed as the module deploys it, answering real predictions.</summary>
    [Collection(LocalTrainingCollection.Name)]
    public sealed class LocalPredictionTests
    {
        private readonly TrainedChurnServer _trained;

        public LocalPredictionTests(TrainedChurnServer trained) => _trained = trained;

        [Fact]
        public async Task TheBestCandidateDeployedPredictsHeldOutRowsBetterThanChance()
        {
            ISageMakerApi sageMaker = _trained.Server.SageMaker();
            await DeployAsync(sageMaker, "best-csv", "predicted_label", "probability");

            InvokeEndpointOutput answer = await InvokeAsync("best-csv", ChurnData.Features(_trained.HeldOutRows), "text/csv");

            Assert.Equal(("text/csv", "AllTraffic"), (answer.ContentType, answer.InvokedProductionVariant));
            List<Prediction> predictions = PredictionReader.Read(Encoding.UTF8.GetString(answer.Body!), answer.ContentType, new[] { "predicted_label", "probability" });
            Assert.Equal(_trained.HeldOutRows.Count, predictions.Count);
            Assert.All(predictions, p => Assert.InRange(p.Probability!.Value, 0, 1));
            double accuracy = predictions.Zip(_trained.HeldOutRows, (p, row) => p.PredictedLabel == row[^1] ? 1.0 : 0.0).Average();
            Assert.True(accuracy >= ChurnData.MajorityRate(_trained.HeldOutRows) + 0.1, $"accuracy {accuracy:0.###} against a majority rate of {ChurnData.MajorityRate(_trained.HeldOutRows):0.###}");
        }

        [Fact]
        public async Task JsonIsAnsweredAsAutopilotAnswersItWithListKeys()
        {
            ISageMakerApi sageMaker = _trained.Server.SageMaker();
            await DeployAsync(sageMaker, "best-json", "predicted_label", "probabilities", "labels");

            InvokeEndpointOutput json = await InvokeAsync("best-json", "{\"instances\": [{\"features\": [70, \"basic\", 80, 7]}, [20, \"pro\", 900, 0]]}", "application/json", "application/json");
            InvokeEndpointOutput csv = await InvokeAsync("best-json", "70,basic,80,7\n", "text/csv", "text/csv");

            using JsonDocument document = JsonDocument.Parse(json.Body!);
            JsonElement[] rows = document.RootElement.GetProperty("predictions").EnumerateArray().ToArray();
            Assert.Equal(2, rows.Length);
            Assert.Equal(new[] { "predicted_label", "probabilities", "labels" }, rows[0].EnumerateObject().Select(p => p.Name));
            Assert.Equal(("yes", "no"), (rows[0].GetProperty("predicted_label").GetString(), rows[1].GetProperty("predicted_label").GetString()));
            Assert.Equal(new[] { "no", "yes" }, rows[0].GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
            Assert.Matches("^yes,\"\\[[0-9.]+, [0-9.]+\\]\",\"\\['no', 'yes'\\]\"\n$", Encoding.UTF8.GetString(csv.Body!));
        }

        [Fact]
        public async Task ARowTheModelCannotReadIsAModelError()
        {
            ISageMakerApi sageMaker = _trained.Server.SageMaker();
            await DeployAsync(sageMaker, "best-strict");

            var error = await Assert.ThrowsAsync<ModelErrorException>(() => InvokeAsync("best-strict", "70,basic,80,7\n42,plus\n", "text/csv"));
            var unsupported = await Assert.ThrowsAsync<ModelErrorException>(() => InvokeAsync("best-strict", "70,basic,80,7\n", "application/x-parquet"));

            Assert.Equal(((HttpStatusCode)424, 400), (error.StatusCode, error.OriginalStatusCode));
            Assert.Contains("has 2 values; the model takes 4 (age, plan, monthly_minutes, support_calls)", error.OriginalMessage);
            Assert.Equal(415, unsupported.OriginalStatusCode);
        }

        private async Task DeployAsync(ISageMakerApi sageMaker, string name, params string[] keys)
        {
            DeploymentPlan plan = DeploymentPlan.For(_trained.Job.BestCandidate!, new DeploymentOptions
            {
                InstanceType = ProductionVariantInstanceType.MlM5Large,
                EndpointName = name,
                ExecutionRoleArn = Jobs.Role,
                InferenceResponseKeys = keys.Length == 0 ? null : keys,
            }, DateTime.UtcNow);
            await sageMaker.CreateModelAsync(plan.Model);
            await sageMaker.CreateEndpointConfigAsync(plan.Config);
            await sageMaker.CreateEndpointAsync(plan.Endpoint);
            DescribeEndpointOutput endpoint = await Deployments.WaitAsync(sageMaker, name);
            Assert.True(endpoint.EndpointStatus == EndpointStatus.InService, endpoint.FailureReason);
        }

        private Task<InvokeEndpointOutput> InvokeAsync(string endpoint, string body, string contentType, string? accept = null) =>
            _trained.Server.Runtime().InvokeEndpointAsync(new InvokeEndpointInput { EndpointName = endpoint, Body = Encoding.UTF8.GetBytes(body), ContentType = contentType, Accept = accept });
    }
}
