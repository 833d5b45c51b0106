using System.Linq;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Inference;
using AutopilotTools.Model;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>The whole Autopilot flow in the hosted module against the local server, as a user runs it offline.</summary>
    [Collection(LocalTrainingCollection.Name)]
    public sealed class LocalAutopilotFlowTests
    {
        [Fact]
        public async Task ANewJobIsWaitedForDeployedFromItsBestCandidatePredictedWithAndRemoved()
        {
            await using TestLocalServer server = await TestLocalServer.StartTrainingAsync();
            var training = ChurnData.Rows(400, seed: 31);
            var heldOut = ChurnData.Rows(150, seed: 32);
            await Training.UploadAsync(server, "data", "churn/train.csv", ChurnData.Csv(ChurnData.Header, training));
            using PowerShellSession session = new PowerShellSession().Set("conn", server.Connection());
            string[] rows = ChurnData.Features(heldOut).TrimEnd('\n').Split('\n');

            RunResult flow = session.RunScript(@"
                New-AutoMLJobV2 churn-flow -TrainingData s3://data/churn/ -TargetAttributeName churn -OutputPath s3://data/output `
                        -ProblemType BinaryClassification -ObjectiveMetric F1 -MaxCandidates 2 -RoleArn arn:aws:iam::000000000000:role/autopilot @conn |
                    Wait-AutoMLJob -PollInterval 0.2 @conn |
                    Get-AutoMLCandidate -Best @conn |
                    Deploy-AutoMLCandidate -InstanceType ml.m5.large -InferenceResponseKey predicted_label, probability -EndpointName churn-flow -Wait -PollInterval 0.2 -OutVariable deployment @conn |
                    Invoke-AutoMLEndpoint -InputObject $args[0] @conn", new object[] { rows }).ThrowIfErrors();

            var predictions = flow.Output.Select(o => (Prediction)o.BaseObject).ToList();
            Assert.Equal(heldOut.Count, predictions.Count);
            Assert.All(predictions, p => Assert.True(p.PredictedLabel is "yes" or "no" && p.Probability is >= 0 and <= 1, p.Raw));
            double accuracy = predictions.Zip(heldOut, (p, row) => p.PredictedLabel == row[^1] ? 1.0 : 0.0).Average();
            Assert.True(accuracy >= ChurnData.MajorityRate(heldOut) + 0.1, $"accuracy {accuracy:0.###}, majority rate {ChurnData.MajorityRate(heldOut):0.###}");

            session.RunScript("$deployment | Remove-AutoMLDeployment -Confirm:$false @conn").ThrowIfErrors();

            ISageMakerApi sageMaker = server.SageMaker();
            await Deployments.WaitGoneAsync(sageMaker, "churn-flow");
            Assert.Empty((await sageMaker.ListModelsAsync(new ListModelsInput())).Models!);
            DescribeAutoMLJobV2Response job = await sageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = "churn-flow" });
            Assert.Equal((AutoMLJobStatus.Completed, AutoMLJobSecondaryStatus.MaxCandidatesReached), (job.AutoMLJobStatus, job.AutoMLJobSecondaryStatus));
        }
    }
}
