using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using AutopilotTools.Inference;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    /// <summary>Deploy-AutoMLCandidate, Invoke-AutoMLEndpoint and Remove-AutoMLDeployment through the hosted engine.</summary>
    public sealed class DeploymentTests
    {
        private const string Fast = "-PollInterval 0.02";

        [Fact]
        public void TheBestCandidateOfAPipedJobIsDeployedWithItsResponseKeysChained()
        {
            var fake = new FakeEndpoints();
            using var server = new LoopbackServer(fake.Handle);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript($@"Get-AutoMLJobV2 churn-1 @conn |
                Deploy-AutoMLCandidate -InstanceType ML.M5.LARGE -InferenceResponseKey predicted_label, probability -EndpointName churn-live -Wait {Fast} @conn").ThrowIfErrors();

            var deployment = result.Single<AutoMLDeployment>();
            Assert.Equal(("churn-live", "InService", "churn-1", "churn-xgb-007"), (deployment.EndpointName, deployment.EndpointStatus, deployment.AutoMLJobName, deployment.CandidateName));
            Assert.Equal(new[] { "predicted_label", "probability" }, deployment.InferenceResponseKeys);
            JsonElement containers = JsonDocument.Parse(fake.ModelRequest("churn-live")).RootElement.GetProperty("Containers");
            Assert.Equal("predicted_label,probability", containers[1].GetProperty("Environment").GetProperty("SAGEMAKER_INFERENCE_OUTPUT").GetString());
            Assert.Equal("predicted_label,probability", containers[2].GetProperty("Environment").GetProperty("SAGEMAKER_INFERENCE_INPUT").GetString());
            Assert.Equal("arn:aws:iam::123456789012:role/autopilot", JsonDocument.Parse(fake.ModelRequest("churn-live")).RootElement.GetProperty("ExecutionRoleArn").GetString());
            JsonElement variant = JsonDocument.Parse(fake.ConfigRequest("churn-live")).RootElement.GetProperty("ProductionVariants")[0];
            Assert.Equal(("AllTraffic", "ml.m5.large", 1, "churn-live"),
                (variant.GetProperty("VariantName").GetString(), variant.GetProperty("InstanceType").GetString(), variant.GetProperty("InitialInstanceCount").GetInt32(), variant.GetProperty("ModelName").GetString()));
            Assert.Contains(result.Progress, p => p.Activity == "Deploying churn-live" && p.StatusDescription.StartsWith("Creating"));
        }

        [Fact]
        public void WhatIfNamesTheThreeResourcesAndCallsNothing()
        {
            var fake = new FakeEndpoints();
            using var server = new LoopbackServer(fake.Handle);
            using var session = FakeSageMaker.SessionFor(server);
            session.RunScript("$candidate = Get-AutoMLCandidate churn-1 -Best @conn").ThrowIfErrors();
            fake.Operations.Clear();

            RunResult result = session.RunScript("$candidate | Deploy-AutoMLCandidate -InstanceType ml.m5.large -ExecutionRoleArn arn:aws:iam::123456789012:role/r -EndpointName e1 @conn -WhatIf").ThrowIfErrors();

            Assert.Empty(fake.Operations);
            Assert.Contains("Create model 'e1', endpoint config 'e1' and endpoint (ml.m5.large x 1)", result.HostText);
        }

        [Fact]
        public void AnUnsupportedResponseKeyIsRefusedWithTheSupportedOnesAndNothingIsCreated()
        {
            var fake = new FakeEndpoints();
            using var server = new LoopbackServer(fake.Handle);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("Deploy-AutoMLCandidate churn-1 -CandidateName churn-linear-002 -InstanceType ml.m5.large -InferenceResponseKey labels, predicted_label, probabilities @conn");

            ErrorRecord error = Assert.Single(result.Errors);
            Assert.Equal("CannotDeployCandidate,AutopilotTools.Commands.DeployAutoMLCandidateCommand", error.FullyQualifiedErrorId);
            Assert.Contains("do not support the response key(s) labels, probabilities; they support predicted_label, probability", error.ToString());
            Assert.Equal("churn-linear-002", error.TargetObject);
            Assert.Empty(fake.Models);
        }

        [Fact]
        public void AFailedStepNamesWhatWasCreatedAndCleanupRemovesIt()
        {
            var fake = new FakeEndpoints { FailCreate = "CreateEndpoint" };
            using var server = new LoopbackServer(fake.Handle);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult kept = session.RunScript("Deploy-AutoMLCandidate churn-1 -InstanceType ml.m5.large -EndpointName kept @conn");
            RunResult cleaned = session.RunScript("Deploy-AutoMLCandidate churn-1 -InstanceType ml.m5.large -EndpointName cleaned -CleanupOnFailure @conn");

            ErrorRecord error = Assert.Single(kept.Errors);
            Assert.Equal("DeploymentFailed,AutopilotTools.Commands.DeployAutoMLCandidateCommand", error.FullyQualifiedErrorId);
            Assert.Contains("model 'kept', endpoint config 'kept'", error.ToString());
            Assert.Contains("left in place", error.ToString());
            Assert.Contains("have been removed", Assert.Single(cleaned.Errors).ToString());
            Assert.Equal(new[] { "kept" }, fake.Models);
            Assert.Equal(new[] { "kept" }, fake.Configs);
        }

        [Fact]
        public void AnEndpointThatFailsIsAnErrorWithItsReason()
        {
            var fake = new FakeEndpoints { FinalStatus = "Failed" };
            using var server = new LoopbackServer(fake.Handle);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript($"Deploy-AutoMLCandidate churn-1 -InstanceType ml.m5.large -EndpointName sick -Wait {Fast} -CleanupOnFailure @conn");

            ErrorRecord error = Assert.Single(result.Errors);
            Assert.Contains("did not pass the ping health check", error.ToString());
            Assert.Contains("have been removed", error.ToString());
            Assert.Empty(fake.Endpoints);
        }

        [Fact]
        public void RowsArePredictedInBatchesWithTheKeysOfThePipedDeployment()
        {
            var fake = new FakeEndpoints();
            using var server = new LoopbackServer(fake.Handle);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript(@"
                $deployment = Deploy-AutoMLCandidate churn-1 -InstanceType ml.m5.large -InferenceResponseKey predicted_label, probability -EndpointName live @conn
                $rows = @{ age = 42; plan = 'gold, annual' }, [pscustomobject]@{ plan = 'basic'; age = 19 }, '33,silver'
                $deployment | Invoke-AutoMLEndpoint -InputObject $rows -Column age, plan -BatchSize 2 @conn").ThrowIfErrors();

            var predictions = result.Output.Select(o => (Prediction)o.BaseObject).ToList();
            Assert.Equal(new[] { "yes", "no", "yes" }, predictions.Select(p => p.PredictedLabel));
            Assert.Equal(new double?[] { 0.90, 0.89, 0.90 }, predictions.Select(p => p.Probability));
            Assert.Equal("33,silver", predictions[2].Input);
            var invocations = server.Requests.Where(r => r.Path == "/endpoints/live/invocations").ToList();
            Assert.Equal(2, invocations.Count);
            Assert.Equal("42,\"gold, annual\"\n19,basic\n", invocations[0].BodyText);
            Assert.Equal("text/csv", invocations[0].Header("Content-Type"));
        }

        [Fact]
        public void RemovingADeploymentRemovesItsPartsAndTwiceIsHarmless()
        {
            var fake = new FakeEndpoints();
            using var server = new LoopbackServer(fake.Handle);
            using var session = FakeSageMaker.SessionFor(server);
            session.RunScript("$d = Deploy-AutoMLCandidate churn-1 -InstanceType ml.m5.large -EndpointName gone @conn").ThrowIfErrors();

            RunResult whatIf = session.RunScript("$d | Remove-AutoMLDeployment @conn -WhatIf").ThrowIfErrors();
            int before = fake.Operations.Count;
            session.RunScript("$d | Remove-AutoMLDeployment @conn -Confirm:$false").ThrowIfErrors();
            session.RunScript("Remove-AutoMLDeployment gone @conn -Confirm:$false").ThrowIfErrors();

            Assert.Contains("Remove endpoint, its endpoint config and model", whatIf.HostText);
            Assert.Empty(fake.Endpoints);
            Assert.Empty(fake.Configs);
            Assert.Empty(fake.Models);
            Assert.Equal(new[] { "DeleteEndpoint", "DeleteEndpointConfig", "DeleteModel" }, fake.Operations.Skip(before).Take(3));
        }
    }
}
