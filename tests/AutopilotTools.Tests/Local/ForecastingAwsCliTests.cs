using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AutopilotTools.Tests.Local.Signing;
using AutopilotTools.Tests.LocalAutoML.Forecasting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>The AWS CLI drives a forecasting job on the local server: upload, create, wait, deploy, invoke.</summary>
    [Collection(LocalTrainingCollection.Name)]
    public sealed class ForecastingAwsCliTests
    {
        [Fact]
        public async Task TheAwsCliTrainsAForecastingJobDeploysItsCandidateAndGetsForecasts()
        {
            await using TestLocalServer server = await TestLocalServer.StartTrainingAsync();
            string work = TempDirectories.Create();
            string data = Path.Combine(work, "train.csv");
            await File.WriteAllTextAsync(data, DemandData.Csv(DemandData.Rows(4, 100, seed: 5)));
            string history = Path.Combine(work, "history.csv");
            await File.WriteAllTextAsync(history, DemandData.Csv(DemandData.Rows(1, 50, seed: 6)));
            await File.WriteAllTextAsync(Path.Combine(work, "job.json"), """
                {
                  "AutoMLJobName": "cli-demand",
                  "AutoMLJobInputDataConfig": [{"ChannelType": "training", "ContentType": "text/csv;header=present",
                    "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": "s3://cli/demand/"}}}],
                  "OutputDataConfig": {"S3OutputPath": "s3://cli/output/"},
                  "AutoMLProblemTypeConfig": {"TimeSeriesForecastingJobConfig": {
                    "ForecastFrequency": "D", "ForecastHorizon": 5, "ForecastQuantiles": ["p20", "p50", "p80"],
                    "TimeSeriesConfig": {"TargetAttributeName": "demand", "TimestampAttributeName": "date", "ItemIdentifierAttributeName": "sku", "GroupingAttributeNames": ["store"]},
                    "CandidateGenerationConfig": {"AlgorithmsConfig": [{"AutoMLAlgorithms": ["npts", "ets", "cnn-qr"]}]}}},
                  "RoleArn": "arn:aws:iam::000000000000:role/autopilot"
                }
                """);
            Task<AwsCli.Result> Aws(params string[] arguments) => AwsCli.RunAsync(server.Url, "AKIDFORECAST", "secret", "us-east-1", work, arguments);

            Assert.Equal(0, (await Aws("s3", "mb", "s3://cli")).ExitCode);
            Assert.Equal(0, (await Aws("s3", "cp", data, "s3://cli/demand/train.csv")).ExitCode);
            AwsCli.Result created = await Aws("sagemaker", "create-auto-ml-job-v2", "--cli-input-json", "file://job.json");
            Assert.True(created.ExitCode == 0, created.ToString());

            JsonElement job = default;
            for (DateTime deadline = DateTime.UtcNow.AddMinutes(3); DateTime.UtcNow < deadline;)
            {
                AwsCli.Result described = await Aws("sagemaker", "describe-auto-ml-job-v2", "--auto-ml-job-name", "cli-demand");
                Assert.True(described.ExitCode == 0, described.ToString());
                job = JsonDocument.Parse(described.Output).RootElement.Clone();
                if (job.GetProperty("AutoMLJobStatus").GetString() is "Completed" or "Failed")
                {
                    break;
                }

                await Task.Delay(200);
            }

            Assert.True(job.GetProperty("AutoMLJobStatus").GetString() == "Completed", job.ToString());
            JsonElement best = job.GetProperty("BestCandidate");
            Assert.EndsWith("/BacktestResults/", best.GetProperty("CandidateProperties").GetProperty("CandidateArtifactLocations").GetProperty("BacktestResults").GetString());
            JsonElement container = best.GetProperty("InferenceContainers")[0];
            await File.WriteAllTextAsync(Path.Combine(work, "containers.json"), "[" + container.GetRawText() + "]");

            Assert.Equal(0, (await Aws("sagemaker", "create-model", "--model-name", "cli-demand", "--containers", "file://containers.json", "--execution-role-arn", "arn:aws:iam::000000000000:role/autopilot")).ExitCode);
            Assert.Equal(0, (await Aws("sagemaker", "create-endpoint-config", "--endpoint-config-name", "cli-demand", "--production-variants",
                "VariantName=AllTraffic,ModelName=cli-demand,InstanceType=ml.m5.large,InitialInstanceCount=1")).ExitCode);
            Assert.Equal(0, (await Aws("sagemaker", "create-endpoint", "--endpoint-name", "cli-demand", "--endpoint-config-name", "cli-demand")).ExitCode);
            string status = "";
            for (int poll = 0; poll < 100 && status != "InService"; poll++)
            {
                status = JsonDocument.Parse((await Aws("sagemaker", "describe-endpoint", "--endpoint-name", "cli-demand")).Output).RootElement.GetProperty("EndpointStatus").GetString()!;
                await Task.Delay(100);
            }

            Assert.Equal("InService", status);
            string answer = Path.Combine(work, "answer.csv");
            AwsCli.Result invoked = await Aws("sagemaker-runtime", "invoke-endpoint", "--endpoint-name", "cli-demand", "--content-type", "text/csv", "--body", "fileb://history.csv", answer);
            Assert.True(invoked.ExitCode == 0, invoked.ToString());
            string[] lines = (await File.ReadAllTextAsync(answer)).TrimEnd('\n').Split('\n');
            Assert.Equal("sku,store,date,p20,p50,p80", lines[0]);
            Assert.Equal(new[] { "2024-02-20", "2024-02-21", "2024-02-22", "2024-02-23", "2024-02-24" }, lines.Skip(1).Select(l => l.Split(',')[2]));
        }
    }
}
