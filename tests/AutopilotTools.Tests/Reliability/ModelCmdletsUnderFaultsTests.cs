using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Amazon.S3;
using AutopilotTools.Client;
using AutopilotTools.Inference;
using AutopilotTools.Model;
using AutopilotTools.Tests.Hosting;
using AutopilotTools.Tests.Local;
using Xunit;
using Xunit.Abstractions;

namespace AutopilotTools.Tests.Reliability
{
    /// <summary>
    /// Training, waiting, candidates, deploying, predicting and removing in the hosted module while 30% of requests
    /// get a fault (as in <see cref="JobCmdletsUnderFaultsTests"/>): each cmdlet succeeds and writes its results once.
    /// It trains, so it runs in the training collection, one training at a time.
    /// </summary>
    [Collection(LocalTrainingCollection.Name)]
    public sealed class ModelCmdletsUnderFaultsTests
    {
        private const string Name = "faulty-churn";

        private readonly ITestOutputHelper _output;

        public ModelCmdletsUnderFaultsTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task TrainingWaitingDeployingPredictingAndRemovingSucceedAndWriteEachResultOnce()
        {
            await using TestLocalServer server = await TestLocalServer.StartWithFaultsAsync(jobSlots: Environment.ProcessorCount);
            ISageMakerApi sageMaker = server.SageMaker();
            using (AmazonS3Client s3 = server.S3())
            {
                await s3.PutBucketAsync("data");
            }

            string folder = TempDirectories.Create();
            string data = Path.Combine(folder, "train.csv");
            await File.WriteAllTextAsync(data, ChurnData.Csv(ChurnData.Header, ChurnData.Rows(300, seed: 61)));
            string[] rows = ChurnData.Features(ChurnData.Rows(40, seed: 62)).TrimEnd('\n').Split('\n');
            using PowerShellSession session = new PowerShellSession().Set("conn", server.Connection()).Set("rows", rows);
            await server.Faults.StartAsync(FaultAdmin.ThirtyPercent(seed: 13));

            AutoMLJob made = session.RunScript(
                $"New-AutoMLJobV2 {Name} -TrainingData $args[0] -TargetAttributeName churn -OutputPath s3://data/output -ProblemType BinaryClassification -ObjectiveMetric F1 -MaxCandidates 2 -RoleArn $args[1] @conn",
                data, Jobs.Role).ThrowIfErrors().Single<AutoMLJob>();
            AutoMLJob waited = session.RunScript($"Wait-AutoMLJob {Name} -PollInterval 0.2 @conn").ThrowIfErrors().Single<AutoMLJob>();
            RunResult candidates = session.RunScript($"Get-AutoMLCandidate {Name} @conn").ThrowIfErrors();
            AutoMLDeployment deployment = session.RunScript(
                $"Get-AutoMLCandidate {Name} -Best @conn | Deploy-AutoMLCandidate -InstanceType ml.m5.large -EndpointName {Name} -InferenceResponseKey predicted_label, probability -Wait -PollInterval 0.2 -OutVariable deployment @conn")
                .ThrowIfErrors().Single<AutoMLDeployment>();
            RunResult predicted = session.RunScript("$deployment | Invoke-AutoMLEndpoint -InputObject $rows -BatchSize 4 @conn").ThrowIfErrors();
            FaultStatistics faults = await server.Faults.StopAsync();
            RunResult reference = session.RunScript("$deployment | Invoke-AutoMLEndpoint -InputObject $rows @conn").ThrowIfErrors();
            await server.Faults.StartAsync(FaultAdmin.ThirtyPercent(seed: 14));
            session.RunScript("$deployment | Remove-AutoMLDeployment -Confirm:$false @conn").ThrowIfErrors();
            FaultStatistics removalFaults = await server.Faults.StopAsync();
            _output.WriteLine(faults.Describe() + "; removing: " + removalFaults.Describe());

            Assert.Equal(Name, made.AutoMLJobName);
            Assert.Equal((Name, AutoMLJobStatus.Completed), (waited.AutoMLJobName, waited.AutoMLJobStatus));
            var listed = (await sageMaker.ListCandidatesForAutoMLJobAsync(new ListCandidatesForAutoMLJobRequest { AutoMLJobName = Name })).Candidates!;
            Assert.Equal(listed.Select(c => c.CandidateName).OrderBy(n => n), candidates.Output.Select(o => ((AutoMLCandidate)o.BaseObject).CandidateName).OrderBy(n => n));
            Assert.Equal((Name, waited.BestCandidate!.CandidateName), (deployment.EndpointName, deployment.CandidateName));

            // One prediction per row, in order: the same answers as the same rows sent without faults.
            Assert.Equal(rows.Length, predicted.Output.Count);
            Assert.Equal(Answers(reference), Answers(predicted));

            // Everything made is gone, and the job and its upload exist once.
            await Deployments.WaitGoneAsync(sageMaker, Name);
            Assert.Empty((await sageMaker.ListModelsAsync(new ListModelsInput())).Models!);
            await Assert.ThrowsAnyAsync<Client.Errors.AutopilotServiceException>(() => sageMaker.DescribeEndpointConfigAsync(new DescribeEndpointConfigInput { EndpointConfigName = deployment.EndpointConfigName }));
            Assert.Single((await sageMaker.ListAutoMLJobsAsync(new ListAutoMLJobsRequest())).AutoMLJobSummaries!);
            Assert.All(FaultAdmin.AllKinds, kind => Assert.True(faults.Faults[kind] > 0, faults.Describe()));
            Assert.True(removalFaults.Requests > 0);
            TempDirectories.Remove(folder);
        }

        private static string[] Answers(RunResult result) =>
            result.Output.Select(o => (Prediction)o.BaseObject).Select(p => $"{p.PredictedLabel} {p.Probability}").ToArray();
    }
}
