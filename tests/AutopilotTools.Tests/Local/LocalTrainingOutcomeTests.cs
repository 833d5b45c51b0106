using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Amazon.S3;
using AutopilotTools.Client;
using AutopilotTools.Client.Errors;
using AutopilotTools.Model;
using AutopilotTools.Model.Runtime;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>Jobs that fail, are stopped, are refused, use the V1 API or a manifest, and trained endpoints across a restart.</summary>
    [Collection(LocalTrainingCollection.Name)]
    public sealed class LocalTrainingOutcomeTests
    {
        [Fact]
        public async Task DataWithoutTheTargetColumnFailsTheJobWithTheEnginesReason()
        {
            await using TestLocalServer server = await TestLocalServer.StartTrainingAsync();
            await Training.UploadAsync(server, "data", "bad/train.csv", "age,plan\n42,basic\n19,pro\n");
            ISageMakerApi sageMaker = server.SageMaker();

            await sageMaker.CreateAutoMLJobV2Async(Training.Tabular("no-target", "s3://data/bad/", "churn", ProblemType.BinaryClassification, AutoMLMetricEnum.F1, 2));
            await sageMaker.CreateAutoMLJobV2Async(Training.Tabular("no-data", "s3://data/nothing-here/", "churn", ProblemType.BinaryClassification, AutoMLMetricEnum.F1, 2));
            (DescribeAutoMLJobV2Response noTarget, _) = await Training.WaitAsync(sageMaker, "no-target");
            (DescribeAutoMLJobV2Response noData, _) = await Training.WaitAsync(sageMaker, "no-data");

            Assert.Equal((AutoMLJobStatus.Failed, AutoMLJobSecondaryStatus.Failed), (noTarget.AutoMLJobStatus, noTarget.AutoMLJobSecondaryStatus));
            Assert.Contains("churn", noTarget.FailureReason);
            Assert.NotNull(noTarget.EndTime);
            Assert.Equal("ClientError: No training data was found: s3://data/nothing-here/ holds no objects.", noData.FailureReason);
            Assert.Empty((await sageMaker.ListCandidatesForAutoMLJobAsync(new ListCandidatesForAutoMLJobRequest { AutoMLJobName = "no-target" })).Candidates!);
        }

        [Fact]
        public async Task StoppingATrainingJobEndsItPromptlyAndKeepsItsFinishedCandidates()
        {
            await using TestLocalServer server = await TestLocalServer.StartTrainingAsync();
            await Training.UploadAsync(server, "data", "churn/train.csv", ChurnData.Csv(ChurnData.Header, ChurnData.Rows(300, seed: 11)));
            ISageMakerApi sageMaker = server.SageMaker();
            CreateAutoMLJobV2Request request = Training.Tabular("long-search", "s3://data/churn/", "churn", ProblemType.BinaryClassification, AutoMLMetricEnum.F1, 250);
            request.AutoMLProblemTypeConfig!.TabularJobConfig!.Mode = AutoMLMode.HYPERPARAMETERTUNING;
            await sageMaker.CreateAutoMLJobV2Async(request);
            await UntilAsync(async () => (await sageMaker.ListCandidatesForAutoMLJobAsync(new ListCandidatesForAutoMLJobRequest { AutoMLJobName = "long-search" })).Candidates!.Count >= 2);

            DateTime asked = DateTime.UtcNow;
            await sageMaker.StopAutoMLJobAsync(new StopAutoMLJobRequest { AutoMLJobName = "long-search" });
            (DescribeAutoMLJobV2Response job, _) = await Training.WaitAsync(sageMaker, "long-search");

            Assert.Equal((AutoMLJobStatus.Stopped, AutoMLJobSecondaryStatus.Stopped), (job.AutoMLJobStatus, job.AutoMLJobSecondaryStatus));
            Assert.True(DateTime.UtcNow - asked < TimeSpan.FromSeconds(30), "the stop took " + (DateTime.UtcNow - asked));
            List<Model.AutoMLCandidate> kept = (await sageMaker.ListCandidatesForAutoMLJobAsync(new ListCandidatesForAutoMLJobRequest { AutoMLJobName = "long-search", StatusEquals = CandidateStatus.Completed, MaxResults = 100 })).Candidates!;
            Assert.InRange(kept.Count, 2, 249);
            Assert.Contains(job.BestCandidate!.CandidateName, kept.Select(c => c.CandidateName));
            using AmazonS3Client s3 = server.S3();
            Assert.True((await s3.GetObjectMetadataAsync("data", $"output/long-search/candidates/{kept[0].CandidateName}/model.tar.gz")).ContentLength > 0);
        }

        [Theory]
        [InlineData("TextGeneration", "they fine-tune a large language model of billions of parameters")]
        [InlineData("TextClassification", "optional engine of pretrained encoders, which is not installed. Install it with 'Install-PSResource AutopilotTools.Pretrained'")]
        public async Task ProblemTypesWithoutAnEngineAreRefusedAtCreationWithTheReason(string problem, string reason)
        {
            await using TestLocalServer server = await TestLocalServer.StartTrainingAsync();
            CreateAutoMLJobV2Request request = Training.Tabular("not-tabular", "s3://data/x/", "label", ProblemType.BinaryClassification, AutoMLMetricEnum.Accuracy, 2);
            request.AutoMLJobObjective = null;
            request.AutoMLProblemTypeConfig = problem switch
            {
                "TextClassification" => new AutoMLProblemTypeConfig { TextClassificationJobConfig = new TextClassificationJobConfig { ContentColumn = "text", TargetLabelColumn = "label" } },
                _ => new AutoMLProblemTypeConfig { TextGenerationJobConfig = new TextGenerationJobConfig { BaseModelName = "Falcon7BInstruct" } },
            };

            var error = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => server.SageMaker().CreateAutoMLJobV2Async(request));

            Assert.Equal("ValidationException", error.ErrorCode);
            Assert.Contains(reason, error.Message);
            Assert.Empty((await server.SageMaker().ListAutoMLJobsAsync(new ListAutoMLJobsRequest())).AutoMLJobSummaries!);
        }

        [Fact]
        public async Task AnAlgorithmTheEngineCannotTrainIsRefusedWithItsReason()
        {
            await using TestLocalServer server = await TestLocalServer.StartTrainingAsync();

            var error = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => server.SageMaker().CreateAutoMLJobV2Async(
                Training.Tabular("catboost-please", "s3://data/x/", "churn", ProblemType.BinaryClassification, AutoMLMetricEnum.F1, 2, AutoMLAlgorithm.Catboost)));

            Assert.Equal("ValidationException", error.ErrorCode);
            Assert.StartsWith("The local Autopilot engine cannot train 'catboost' (CatBoost's ordered boosting", error.Message);
        }

        /// <summary>
        /// A V1 regression job reading its training data through a manifest and its own validation channel; its
        /// candidates answer numbers, and its endpoint serves again after a restart.
        /// </summary>
        [Fact]
        public async Task AV1RegressionJobWithAManifestTrainsAndItsEndpointServesAcrossARestart()
        {
            await using TestLocalServer server = await TestLocalServer.StartTrainingAsync();
            await Training.UploadAsync(server, "data", "prices/part-1.csv", ChurnData.Csv(ChurnData.RegressionHeader, ChurnData.PriceRows(150, seed: 21)));
            await Training.UploadAsync(server, "data", "prices/part-2.csv", ChurnData.Csv(ChurnData.RegressionHeader, ChurnData.PriceRows(150, seed: 22)));
            await Training.UploadAsync(server, "data", "prices/validation.csv", ChurnData.Csv(ChurnData.RegressionHeader, ChurnData.PriceRows(80, seed: 23)));
            await Training.UploadAsync(server, "data", "prices/train.manifest", "[{\"prefix\": \"s3://data/prices/\"}, \"part-1.csv\", \"part-2.csv\"]");
            ISageMakerApi sageMaker = server.SageMaker();
            var request = new CreateAutoMLJobRequest
            {
                AutoMLJobName = "prices-v1",
                InputDataConfig = new List<AutoMLChannel>
                {
                    Channel(AutoMLChannelType.Training, AutoMLS3DataType.ManifestFile, "s3://data/prices/train.manifest"),
                    Channel(AutoMLChannelType.Validation, AutoMLS3DataType.S3Prefix, "s3://data/prices/validation.csv"),
                },
                OutputDataConfig = new AutoMLOutputDataConfig { S3OutputPath = "s3://data/output" },
                ProblemType = ProblemType.Regression,
                AutoMLJobObjective = new AutoMLJobObjective { MetricName = AutoMLMetricEnum.MSE },
                AutoMLJobConfig = new AutoMLJobConfig
                {
                    Mode = AutoMLMode.ENSEMBLING,
                    CompletionCriteria = new AutoMLJobCompletionCriteria { MaxCandidates = 1 },
                    CandidateGenerationConfig = new AutoMLCandidateGenerationConfig { AlgorithmsConfig = new List<AutoMLAlgorithmConfig> { new AutoMLAlgorithmConfig { AutoMLAlgorithms = new List<string> { AutoMLAlgorithm.LinearLearner } } } },
                },
                RoleArn = Jobs.Role,
            };

            await sageMaker.CreateAutoMLJobAsync(request);
            await Training.WaitAsync(sageMaker, "prices-v1");
            DescribeAutoMLJobResponse job = await sageMaker.DescribeAutoMLJobAsync(new DescribeAutoMLJobRequest { AutoMLJobName = "prices-v1" });

            Assert.True(job.AutoMLJobStatus == AutoMLJobStatus.Completed, job.FailureReason);
            Assert.Equal((ProblemType.Regression, AutoMLMetricEnum.MSE, 1), (job.ResolvedAttributes!.ProblemType, job.ResolvedAttributes.AutoMLJobObjective!.MetricName, job.ResolvedAttributes.CompletionCriteria!.MaxCandidates));
            Model.AutoMLCandidate best = job.BestCandidate!;
            Assert.Equal(("prices-v1-linear-learner-001", AutoMLJobObjectiveType.Minimize), (best.CandidateName, best.FinalAutoMLJobObjectiveMetric!.Type));
            Assert.Null(best.InferenceContainerDefinitions);
            AutoMLContainerDefinition container = Assert.Single(best.InferenceContainers!);
            Assert.Equal("predicted_label", container.Environment!["SAGEMAKER_INFERENCE_SUPPORTED"]);
            Assert.True(best.CandidateProperties!.CandidateMetrics!.Single(m => m.MetricName == "R2").Value > 0.9);

            await sageMaker.CreateModelAsync(new CreateModelInput
            {
                ModelName = "prices",
                PrimaryContainer = new ContainerDefinition { Image = container.Image, ModelDataUrl = container.ModelDataUrl, Environment = container.Environment },
                ExecutionRoleArn = Jobs.Role,
            });
            await sageMaker.CreateEndpointConfigAsync(Deployments.Config("prices"));
            await sageMaker.CreateEndpointAsync(Deployments.Endpoint("prices"));
            Assert.Equal(EndpointStatus.InService, (await Deployments.WaitAsync(sageMaker, "prices")).EndpointStatus);
            double before = await PredictAsync(server, "100,3,centre\n");

            await server.RestartAsync();

            Assert.Equal(EndpointStatus.InService, (await server.SageMaker().DescribeEndpointAsync(new DescribeEndpointInput { EndpointName = "prices" })).EndpointStatus);
            Assert.Equal(before, await PredictAsync(server, "100,3,centre\n"));
            Assert.InRange(before, 2 * 100 + (15 * 3) + 80 - 15, 2 * 100 + (15 * 3) + 80 + 15);
        }

        private static AutoMLChannel Channel(string type, string dataType, string uri) => new AutoMLChannel
        {
            ChannelType = type,
            TargetAttributeName = "price",
            ContentType = "text/csv;header=present",
            DataSource = new AutoMLDataSource { S3DataSource = new AutoMLS3DataSource { S3DataType = dataType, S3Uri = uri } },
        };

        private static async Task<double> PredictAsync(TestLocalServer server, string row)
        {
            InvokeEndpointOutput answer = await server.Runtime().InvokeEndpointAsync(new InvokeEndpointInput { EndpointName = "prices", Body = Encoding.UTF8.GetBytes(row), ContentType = "text/csv" });
            return double.Parse(Encoding.UTF8.GetString(answer.Body!).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }

        private static async Task UntilAsync(Func<Task<bool>> condition)
        {
            for (int poll = 0; poll < 1200; poll++)
            {
                if (await condition())
                {
                    return;
                }

                await Task.Delay(25);
            }

            throw new TimeoutException("The condition did not come true.");
        }
    }
}
