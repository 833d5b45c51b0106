using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Client.Errors;
using AutopilotTools.Model;
using AutopilotTools.Tests.Hosting;
using AutopilotTools.Tests.Local.Signing;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>
    /// DescribeTrainingJob for the candidates' training-job steps, as clients that follow a candidate's steps call it
    /// (the SageMaker Python SDK's CandidateEstimator does): through the typed client and through the AWS CLI.
    /// </summary>
    [Collection(LocalTrainingCollection.Name)]
    public sealed class TrainingJobTests
    {
        private readonly TrainedChurnServer _trained;

        public TrainingJobTests(TrainedChurnServer trained) => _trained = trained;

        [Fact]
        public async Task EveryCandidatesTrainingStepIsDescribedFromTheCandidateAndItsJob()
        {
            ISageMakerApi sageMaker = _trained.Server.SageMaker();
            List<Model.AutoMLCandidate> candidates = (await sageMaker.ListCandidatesForAutoMLJobAsync(
                new ListCandidatesForAutoMLJobRequest { AutoMLJobName = TrainedChurnServer.JobName })).Candidates!;

            Assert.Equal(3, candidates.Count);
            foreach (Model.AutoMLCandidate candidate in candidates)
            {
                AutoMLCandidateStep step = Assert.Single(candidate.CandidateSteps!, s => s.CandidateStepType == CandidateStepType.AWSSageMakerTrainingJob);
                DescribeTrainingJobResponse job = await sageMaker.DescribeTrainingJobAsync(new DescribeTrainingJobRequest { TrainingJobName = step.CandidateStepName });

                AutoMLContainerDefinition container = Assert.Single(candidate.InferenceContainers!);
                Assert.Equal((candidate.CandidateName, step.CandidateStepArn), (job.TrainingJobName, job.TrainingJobArn));
                Assert.Equal(_trained.Job.AutoMLJobArn, job.AutoMLJobArn);
                Assert.Equal((TrainingJobStatus.Completed, SecondaryStatus.Completed), (job.TrainingJobStatus, job.SecondaryStatus));
                Assert.Equal(container.ModelDataUrl, job.ModelArtifacts!.S3ModelArtifacts);
                Assert.Equal((container.Image, TrainingInputMode.File), (job.AlgorithmSpecification!.TrainingImage, job.AlgorithmSpecification.TrainingInputMode));
                Assert.Equal(_trained.Job.RoleArn, job.RoleArn);
                Assert.Equal("s3://data/output/churn-local/candidates/", job.OutputDataConfig!.S3OutputPath);
                Assert.StartsWith(job.OutputDataConfig.S3OutputPath + job.TrainingJobName + "/", job.ModelArtifacts.S3ModelArtifacts, StringComparison.Ordinal);
                Channel channel = Assert.Single(job.InputDataConfig!);
                Assert.Equal((AutoMLChannelType.Training, TrainedChurnServer.TrainingUri), (channel.ChannelName, channel.DataSource!.S3DataSource!.S3Uri));
                Assert.Equal(86400, job.StoppingCondition!.MaxRuntimeInSeconds);
                Assert.Equal(1, job.ResourceConfig!.InstanceCount);
                Assert.Equal((candidate.CreationTime, candidate.EndTime), (job.TrainingStartTime, job.TrainingEndTime));
                Assert.Equal((candidate.CreationTime, candidate.EndTime), (job.CreationTime, job.LastModifiedTime));
                Assert.Equal((false, false), (job.EnableNetworkIsolation, job.EnableManagedSpotTraining));
                Assert.Equal(
                    candidate.CandidateProperties!.CandidateMetrics!.Select(m => (m.StandardMetricName, m.Value)),
                    job.FinalMetricDataList!.Select(m => (m.MetricName, m.Value)));
                if (candidate.CandidateName!.Contains("-ensemble-", StringComparison.Ordinal))
                {
                    Assert.NotNull(job.HyperParameters);
                }
                else
                {
                    Assert.NotEmpty(job.HyperParameters!);
                }
            }
        }

        [Fact]
        public async Task AnUnknownTrainingJobIsNotFoundInTheServicesWords()
        {
            ISageMakerApi sageMaker = _trained.Server.SageMaker();

            var missing = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() =>
                sageMaker.DescribeTrainingJobAsync(new DescribeTrainingJobRequest { TrainingJobName = "churn-local-xgboost-999" }));

            Assert.Equal(("ValidationException", "Requested resource not found."), (missing.ErrorCode, missing.Message));
        }

        [Fact]
        public async Task TheAwsCliDescribesACandidatesTrainingJob()
        {
            Model.AutoMLCandidate best = _trained.Job.BestCandidate!;
            string work = TempDirectories.Create();
            try
            {
                AwsCli.Result described = await AwsCli.RunAsync(
                    _trained.Server.Url, FakeSageMaker.AccessKey, FakeSageMaker.SecretKey, FakeSageMaker.Region, work,
                    "sagemaker", "describe-training-job", "--training-job-name", best.CandidateName!);
                AwsCli.Result unknown = await AwsCli.RunAsync(
                    _trained.Server.Url, FakeSageMaker.AccessKey, FakeSageMaker.SecretKey, FakeSageMaker.Region, work,
                    "sagemaker", "describe-training-job", "--training-job-name", "no-such-training-job");

                Assert.True(described.ExitCode == 0, described.ToString());
                using JsonDocument json = JsonDocument.Parse(described.Output);
                JsonElement job = json.RootElement;
                Assert.Equal(best.CandidateName, job.GetProperty("TrainingJobName").GetString());
                Assert.Equal(TrainingJobStatus.Completed, job.GetProperty("TrainingJobStatus").GetString());
                Assert.Equal(best.InferenceContainers![0].ModelDataUrl, job.GetProperty("ModelArtifacts").GetProperty("S3ModelArtifacts").GetString());
                Assert.Equal(best.InferenceContainers[0].Image, job.GetProperty("AlgorithmSpecification").GetProperty("TrainingImage").GetString());
                Assert.True(job.GetProperty("FinalMetricDataList").GetArrayLength() > 0);
                Assert.NotEqual(0, unknown.ExitCode);
                Assert.Contains("(ValidationException) when calling the DescribeTrainingJob operation: Requested resource not found.", unknown.Error, StringComparison.Ordinal);
            }
            finally
            {
                TempDirectories.Remove(work);
            }
        }
    }
}
