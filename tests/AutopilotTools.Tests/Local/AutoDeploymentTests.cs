using System;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Model;
using AutopilotTools.Model.Runtime;
using AutopilotTools.Tests.Hosting;
using AutopilotTools.Tests.Local.Signing;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>ModelDeployConfig: the server deploys a finished job's best candidate and describes the endpoint in ModelDeployResult.</summary>
    [Collection(LocalTrainingCollection.Name)]
    public sealed class AutoDeploymentTests
    {
        [Fact]
        public async Task ANamedEndpointIsDeployedFromTheBestCandidateAndAnswers()
        {
            await using TestLocalServer server = await TestLocalServer.StartTrainingAsync();
            await Training.UploadAsync(server, "data", "churn/train.csv", ChurnData.Csv(ChurnData.Header, ChurnData.Rows(200, seed: 5)));
            ISageMakerApi sageMaker = server.SageMaker();
            CreateAutoMLJobV2Request request = Training.Tabular("auto-named", "s3://data/churn/", "churn", ProblemType.BinaryClassification, AutoMLMetricEnum.F1, 1);
            request.ModelDeployConfig = new ModelDeployConfig { EndpointName = "auto-churn" };

            await sageMaker.CreateAutoMLJobV2Async(request);
            (DescribeAutoMLJobV2Response job, _) = await Training.WaitAsync(sageMaker, "auto-named");

            Assert.Equal((AutoMLJobStatus.Completed, "auto-churn"), (job.AutoMLJobStatus, job.ModelDeployResult?.EndpointName));
            // The job completes once its endpoint serves.
            DescribeEndpointOutput endpoint = await sageMaker.DescribeEndpointAsync(new DescribeEndpointInput { EndpointName = "auto-churn" });
            Assert.Equal(EndpointStatus.InService, endpoint.EndpointStatus);
            DescribeModelOutput model = await sageMaker.DescribeModelAsync(new DescribeModelInput { ModelName = "auto-churn" });
            Assert.Equal(job.BestCandidate!.InferenceContainers![0].ModelDataUrl, model.Containers![0].ModelDataUrl);
            InvokeEndpointOutput answer = await server.Runtime().InvokeEndpointAsync(new InvokeEndpointInput
            {
                EndpointName = "auto-churn",
                ContentType = "text/csv",
                Body = Encoding.UTF8.GetBytes("42,basic,300,1\n"),
            });
            Assert.Matches("^(yes|no)\n$", Encoding.UTF8.GetString(answer.Body!));
        }

        [Fact]
        public async Task AnEndpointNameInUseFailsTheJobWithModelDeploymentErrorAndKeepsTheCandidates()
        {
            await using TestLocalServer server = await TestLocalServer.StartTrainingAsync();
            await Training.UploadAsync(server, "data", "churn/train.csv", ChurnData.Csv(ChurnData.Header, ChurnData.Rows(200, seed: 6)));
            ISageMakerApi sageMaker = server.SageMaker();
            await Deployments.DeployAsync(sageMaker, "taken");
            CreateAutoMLJobV2Request request = Training.Tabular("auto-taken", "s3://data/churn/", "churn", ProblemType.BinaryClassification, AutoMLMetricEnum.F1, 1);
            request.ModelDeployConfig = new ModelDeployConfig { EndpointName = "taken" };

            await sageMaker.CreateAutoMLJobV2Async(request);
            (DescribeAutoMLJobV2Response job, _) = await Training.WaitAsync(sageMaker, "auto-taken");

            Assert.Equal((AutoMLJobStatus.Failed, AutoMLJobSecondaryStatus.ModelDeploymentError), (job.AutoMLJobStatus, job.AutoMLJobSecondaryStatus));
            Assert.StartsWith("The best candidate was trained, but its automatic deployment failed: ", job.FailureReason);
            Assert.Contains("taken", job.FailureReason);
            Assert.NotNull(job.BestCandidate);
            Assert.Null(job.ModelDeployResult);
        }

        [Fact]
        public async Task TheCliCreatesAJobThatDeploysUnderAGeneratedName()
        {
            await using TestLocalServer server = await TestLocalServer.StartTrainingAsync();
            await Training.UploadAsync(server, "data", "churn/train.csv", ChurnData.Csv(ChurnData.Header, ChurnData.Rows(200, seed: 7)));
            string work = TempDirectories.Create();
            try
            {
                AwsCli.Result created = await Cli(server, work,
                    "create-auto-ml-job-v2",
                    "--auto-ml-job-name", "auto-cli",
                    "--auto-ml-job-input-data-config", "ChannelType=training,ContentType=text/csv;header=present,DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://data/churn/}}",
                    "--output-data-config", "S3OutputPath=s3://data/output/",
                    "--auto-ml-problem-type-config", "TabularJobConfig={TargetAttributeName=churn,ProblemType=BinaryClassification,CompletionCriteria={MaxCandidates=1}}",
                    "--auto-ml-job-objective", "MetricName=F1",
                    "--model-deploy-config", "AutoGenerateEndpointName=true",
                    "--role-arn", Jobs.Role);
                Assert.True(created.ExitCode == 0, created.Error);
                await Training.WaitAsync(server.SageMaker(), "auto-cli");

                AwsCli.Result described = await Cli(server, work, "describe-auto-ml-job-v2", "--auto-ml-job-name", "auto-cli");
                Assert.True(described.ExitCode == 0, described.Error);
                using JsonDocument job = JsonDocument.Parse(described.Output);
                Assert.Equal("Completed", job.RootElement.GetProperty("AutoMLJobStatus").GetString());
                string endpoint = job.RootElement.GetProperty("ModelDeployResult").GetProperty("EndpointName").GetString()!;
                Assert.StartsWith("auto-cli", endpoint, StringComparison.Ordinal);
                AwsCli.Result endpointDescribed = await Cli(server, work, "describe-endpoint", "--endpoint-name", endpoint);
                Assert.True(endpointDescribed.ExitCode == 0, endpointDescribed.Error);
            }
            finally
            {
                TempDirectories.Remove(work);
            }
        }

        private static Task<AwsCli.Result> Cli(TestLocalServer server, string work, params string[] arguments) =>
            AwsCli.RunAsync(server.Url, FakeSageMaker.AccessKey, FakeSageMaker.SecretKey, FakeSageMaker.Region, work, PrependService(arguments));

        private static string[] PrependService(string[] arguments)
        {
            var all = new string[arguments.Length + 1];
            all[0] = "sagemaker";
            arguments.CopyTo(all, 1);
            return all;
        }
    }
}
