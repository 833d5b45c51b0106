using System;
using System.Collections.Generic;
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
    /// <summary>A tabular job trained by the local server: its statuses, its candidates and its artifacts.</summary>
    [Collection(LocalTrainingCollection.Name)]
    public sealed class LocalTrainingTests
    {
        /// <summary>The stages in the order the service goes through them.</summary>
        private static readonly string[] Stages =
        {
            AutoMLJobSecondaryStatus.Starting, AutoMLJobSecondaryStatus.AnalyzingData, AutoMLJobSecondaryStatus.FeatureEngineering,
            AutoMLJobSecondaryStatus.TrainingModels, AutoMLJobSecondaryStatus.GeneratingExplainabilityReport,
            AutoMLJobSecondaryStatus.GeneratingModelInsightsReport, AutoMLJobSecondaryStatus.Completed,
        };

        private readonly TrainedChurnServer _trained;

        public LocalTrainingTests(TrainedChurnServer trained) => _trained = trained;

        [Fact]
        public void TheJobCompletesThroughTheServicesStagesWithItsResolvedAttributes()
        {
            DescribeAutoMLJobV2Response job = _trained.Job;

            Assert.Equal((AutoMLJobStatus.Completed, AutoMLJobSecondaryStatus.Completed), (job.AutoMLJobStatus, job.AutoMLJobSecondaryStatus));
            Assert.Null(job.FailureReason);
            Assert.All(_trained.Seen, status => Assert.Contains(status, Stages));
            var order = _trained.Seen.Select(s => Array.IndexOf(Stages, s)).ToList();
            Assert.Equal(order.OrderBy(i => i), order);
            Assert.True(job.EndTime >= job.CreationTime && job.LastModifiedTime == job.EndTime);
            AutoMLResolvedAttributes resolved = job.ResolvedAttributes!;
            Assert.Equal(ProblemType.BinaryClassification, resolved.AutoMLProblemTypeResolvedAttributes!.TabularResolvedAttributes!.ProblemType);
            Assert.Equal((AutoMLMetricEnum.F1, 3), (resolved.AutoMLJobObjective!.MetricName, resolved.CompletionCriteria!.MaxCandidates));
            Assert.Equal(86400, resolved.CompletionCriteria.MaxRuntimePerTrainingJobInSeconds);
        }

        [Fact]
        public async Task CandidatesAreNamedAfterTheJobAndDescribedAsTheServiceDescribesThem()
        {
            ISageMakerApi sageMaker = _trained.Server.SageMaker();

            List<Model.AutoMLCandidate> candidates = (await sageMaker.ListCandidatesForAutoMLJobAsync(new ListCandidatesForAutoMLJobRequest
            {
                AutoMLJobName = TrainedChurnServer.JobName, SortBy = CandidateSortBy.FinalObjectiveMetricValue, SortOrder = AutoMLSortOrder.Descending,
            })).Candidates!;

            Assert.Equal(
                new[] { "churn-local-ensemble-003", "churn-local-lightgbm-001", "churn-local-linear-learner-002" },
                candidates.Select(c => c.CandidateName).OrderBy(n => n, StringComparer.Ordinal));
            Model.AutoMLCandidate best = _trained.Job.BestCandidate!;
            Assert.Equal(candidates[0].CandidateName, best.CandidateName);
            foreach (Model.AutoMLCandidate candidate in candidates)
            {
                Assert.Equal((CandidateStatus.Completed, ObjectiveStatus.Succeeded), (candidate.CandidateStatus, candidate.ObjectiveStatus));
                Assert.Equal((AutoMLMetricEnum.F1, AutoMLJobObjectiveType.Maximize), (candidate.FinalAutoMLJobObjectiveMetric!.MetricName, candidate.FinalAutoMLJobObjectiveMetric.Type));
                Assert.InRange(candidate.FinalAutoMLJobObjectiveMetric.Value!.Value, 0.5, 1.0);
                Assert.Contains(candidate.CandidateProperties!.CandidateMetrics!, m => m.MetricName == "AUC" && m.Set == MetricSetSource.Validation);
                AutoMLContainerDefinition container = Assert.Single(candidate.InferenceContainers!);
                string algorithm = candidate.CandidateName!.Split('-')[2] == "linear" ? "linear-learner" : candidate.CandidateName.Split('-')[2];
                Assert.Equal("autopilot-local/" + algorithm, container.Image);
                Assert.Equal($"s3://data/output/churn-local/candidates/{candidate.CandidateName}/model.tar.gz", container.ModelDataUrl);
                Assert.Equal("predicted_label,probability,probabilities,labels", container.Environment!["SAGEMAKER_INFERENCE_SUPPORTED"]);
                Assert.Equal(container.ModelDataUrl, Assert.Single(candidate.InferenceContainerDefinitions![AutoMLProcessingUnit.CPU]).ModelDataUrl);
                Assert.Equal(CandidateStepType.AWSSageMakerTrainingJob, Assert.Single(candidate.CandidateSteps!).CandidateStepType);
            }

            using AmazonS3Client s3 = _trained.Server.S3();
            foreach (Model.AutoMLCandidate candidate in candidates)
            {
                GetObjectMetadataResponse archive = await s3.GetObjectMetadataAsync("data", $"output/churn-local/candidates/{candidate.CandidateName}/model.tar.gz");
                Assert.True(archive.ContentLength > 0);
            }
        }

        [Fact]
        public async Task TheReportsAreObjectsInTheJobsOutputPath()
        {
            using AmazonS3Client s3 = _trained.Server.S3();
            string exploration = _trained.Job.AutoMLJobArtifacts!.DataExplorationNotebookLocation!;
            string insights = _trained.Job.BestCandidate!.CandidateProperties!.CandidateArtifactLocations!.ModelInsights!;

            Assert.Equal("s3://data/output/churn-local/reports/data-exploration/data-exploration.html", exploration);
            Assert.Equal("s3://data/output/churn-local/reports/model-insights/", insights);
            using GetObjectResponse html = await s3.GetObjectAsync("data", "output/churn-local/reports/data-exploration/data-exploration.html");
            Assert.Contains("<html", await new StreamReader(html.ResponseStream).ReadToEndAsync(), StringComparison.OrdinalIgnoreCase);
            ListObjectsV2Response listed = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "data", Prefix = "output/churn-local/reports/model-insights/" });
            Assert.Equal(new[] { "model-insights.html", "model-insights.json" }, listed.S3Objects.Select(o => Path.GetFileName(o.Key)).OrderBy(k => k, StringComparer.Ordinal));
        }
    }
}
