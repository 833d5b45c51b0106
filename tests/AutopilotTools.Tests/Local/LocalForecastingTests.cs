using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Client;
using AutopilotTools.Client.Errors;
using AutopilotTools.Model;
using AutopilotTools.Model.Runtime;
using AutopilotTools.Tests.LocalAutoML.Forecasting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>A forecasting job trained on the local server, its candidate described and deployed, its endpoint answering forecasts.</summary>
    [Collection(LocalTrainingCollection.Name)]
    public sealed class LocalForecastingTests
    {
        internal static CreateAutoMLJobV2Request Forecasting(string name, string trainingUri) => new CreateAutoMLJobV2Request
        {
            AutoMLJobName = name,
            AutoMLJobInputDataConfig = new List<AutoMLJobChannel>
            {
                new AutoMLJobChannel
                {
                    ChannelType = AutoMLChannelType.Training,
                    ContentType = "text/csv;header=present",
                    DataSource = new AutoMLDataSource { S3DataSource = new AutoMLS3DataSource { S3DataType = AutoMLS3DataType.S3Prefix, S3Uri = trainingUri } },
                },
            },
            OutputDataConfig = new AutoMLOutputDataConfig { S3OutputPath = "s3://data/output/" },
            AutoMLProblemTypeConfig = new AutoMLProblemTypeConfig
            {
                TimeSeriesForecastingJobConfig = new TimeSeriesForecastingJobConfig
                {
                    ForecastFrequency = "D",
                    ForecastHorizon = 7,
                    ForecastQuantiles = new List<string> { "p10", "p50", "p90" },
                    TimeSeriesConfig = new TimeSeriesConfig { TargetAttributeName = "demand", TimestampAttributeName = "date", ItemIdentifierAttributeName = "sku", GroupingAttributeNames = new List<string> { "store" } },
                },
            },
            RoleArn = Jobs.Role,
        };

        [Fact]
        public async Task AForecastingJobTrainsToACandidateWithBacktestResultsAndItsEndpointAnswersCsvAndJson()
        {
            await using TestLocalServer server = await TestLocalServer.StartTrainingAsync();
            await Training.UploadAsync(server, "data", "demand/train.csv", DemandData.Csv(DemandData.Rows(6, 120, seed: 3)));
            ISageMakerApi sageMaker = server.SageMaker();

            await sageMaker.CreateAutoMLJobV2Async(Forecasting("demand", "s3://data/demand/"));
            (DescribeAutoMLJobV2Response job, List<string> seen) = await Training.WaitAsync(sageMaker, "demand");

            Assert.True(job.AutoMLJobStatus == AutoMLJobStatus.Completed, job.FailureReason);
            Assert.Equal(AutoMLJobSecondaryStatus.Completed, job.AutoMLJobSecondaryStatus);
            Model.AutoMLCandidate best = job.BestCandidate!;
            Assert.Equal((AutoMLMetricEnum.AverageWeightedQuantileLoss, AutoMLJobObjectiveType.Minimize), (best.FinalAutoMLJobObjectiveMetric!.MetricName, best.FinalAutoMLJobObjectiveMetric.Type));
            Assert.InRange(best.FinalAutoMLJobObjectiveMetric.Value!.Value, 0.01, 0.2);
            Assert.Equal(new[] { "AverageWeightedQuantileLoss", "MAPE", "MASE", "RMSE", "WAPE" }, best.CandidateProperties!.CandidateMetrics!.Select(m => m.MetricName));
            string backtest = best.CandidateProperties.CandidateArtifactLocations!.BacktestResults!;
            Assert.Equal($"s3://data/output/demand/candidates/{best.CandidateName}/BacktestResults/", backtest);
            Assert.Single((await sageMaker.ListCandidatesForAutoMLJobAsync(new ListCandidatesForAutoMLJobRequest { AutoMLJobName = "demand" })).Candidates!);

            using AmazonS3Client s3 = server.S3();
            string metrics = await ReadAsync(s3, backtest + "metrics.json");
            using (JsonDocument document = JsonDocument.Parse(metrics))
            {
                string[] algorithms = document.RootElement.GetProperty("algorithms").EnumerateArray().Select(a => a.GetProperty("algorithm").GetString()!).ToArray();
                Assert.Equal(new[] { "cnn-qr", "deepar", "prophet", "npts", "arima", "ets", "ensemble", "seasonal-naive" }, algorithms);
                Assert.True(document.RootElement.GetProperty("algorithms")[0].GetProperty("metrics").GetProperty("wQL").TryGetProperty("p90", out _));
            }

            string forecasts = await ReadAsync(s3, backtest + "ensemble-forecasts.csv");
            Assert.StartsWith("sku,store,date,demand,mean,p10,p50,p90\nsku-000,store-0,2024-04-23,", forecasts);

            ContainerDefinition container = Assert.Single(best.InferenceContainers!) is var c ? new ContainerDefinition { Image = c.Image, ModelDataUrl = c.ModelDataUrl, Environment = c.Environment } : null!;
            Assert.Equal("text/csv", container.Environment!["SAGEMAKER_DEFAULT_INVOCATIONS_ACCEPT"]);
            await sageMaker.CreateModelAsync(new CreateModelInput { ModelName = "demand-model", Containers = new List<ContainerDefinition> { container }, ExecutionRoleArn = Jobs.Role });
            await sageMaker.CreateEndpointConfigAsync(Deployments.Config("demand-config", "demand-model"));
            await sageMaker.CreateEndpointAsync(Deployments.Endpoint("demand", "demand-config"));
            DescribeEndpointOutput endpoint = await Deployments.WaitAsync(sageMaker, "demand");
            Assert.True(endpoint.EndpointStatus == EndpointStatus.InService, endpoint.FailureReason);

            List<string[]> history = DemandData.Rows(2, 60, seed: 9);
            InvokeEndpointOutput csv = await InvokeAsync(server, "demand", DemandData.Csv(history), "text/csv", null);
            string[] lines = Encoding.UTF8.GetString(csv.Body!).TrimEnd('\n').Split('\n');
            Assert.Equal("text/csv", csv.ContentType);
            Assert.Equal("sku,store,date,p10,p50,p90", lines[0]);
            Assert.Equal(1 + (2 * 7), lines.Length);
            Assert.StartsWith("sku-000,store-0,2024-03-01,", lines[1]);
            Assert.StartsWith("sku-001,store-1,2024-03-07,", lines[14]);
            foreach (string line in lines.Skip(1))
            {
                double[] q = line.Split(',').Skip(3).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
                Assert.True(q[0] <= q[1] && q[1] <= q[2] && q[0] >= 0, line);
            }

            string json = "{\"instances\": [" + string.Join(", ", history.Take(60).Select(r => $"{{\"sku\": \"{r[0]}\", \"store\": \"{r[1]}\", \"date\": \"{r[2]}\", \"demand\": {r[3]}, \"price\": {r[4]}}}")) + "]}";
            InvokeEndpointOutput answer = await InvokeAsync(server, "demand", json, "application/json", "application/json");
            using (JsonDocument document = JsonDocument.Parse(answer.Body!))
            {
                JsonElement[] predictions = document.RootElement.GetProperty("predictions").EnumerateArray().ToArray();
                Assert.Equal(7, predictions.Length);
                Assert.Equal(new[] { "sku", "store", "date", "p10", "p50", "p90" }, predictions[0].EnumerateObject().Select(p => p.Name));
                Assert.Equal("2024-03-01", predictions[0].GetProperty("date").GetString());
                Assert.Equal(lines[1].Split(',')[4], predictions[0].GetProperty("p50").GetDouble().ToString("R", CultureInfo.InvariantCulture));
            }

            var error = await Assert.ThrowsAsync<ModelErrorException>(() => InvokeAsync(server, "demand", "sku,date,demand\na,2024-01-01,3\n", "text/csv", null));
            Assert.Equal(((HttpStatusCode)424, 400), (error.StatusCode, error.OriginalStatusCode));
            Assert.Contains("no column 'store'", error.OriginalMessage);
        }

        [Fact]
        public async Task AHorizonOverAQuarterOfTheSeriesFailsTheJobWithTheReason()
        {
            await using TestLocalServer server = await TestLocalServer.StartTrainingAsync();
            await Training.UploadAsync(server, "data", "short/train.csv", DemandData.Csv(DemandData.Rows(2, 20, seed: 4)));
            ISageMakerApi sageMaker = server.SageMaker();

            await sageMaker.CreateAutoMLJobV2Async(Forecasting("short", "s3://data/short/"));
            (DescribeAutoMLJobV2Response job, _) = await Training.WaitAsync(sageMaker, "short");

            Assert.Equal(AutoMLJobStatus.Failed, job.AutoMLJobStatus);
            Assert.Equal("The ForecastHorizon 7 is more than a quarter of the longest series (20 steps at D); Autopilot needs at least 4 × 7 = 28 steps of history.", job.FailureReason);
        }

        [Fact]
        public async Task HolidaysAndFeatureSpecificationsAreRefusedAtCreationWithTheReason()
        {
            await using TestLocalServer server = await TestLocalServer.StartTrainingAsync();
            CreateAutoMLJobV2Request request = Forecasting("holidays", "s3://data/x/");
            request.AutoMLProblemTypeConfig!.TimeSeriesForecastingJobConfig!.HolidayConfig = new List<HolidayConfigAttributes> { new HolidayConfigAttributes { CountryCode = "US" } };

            var error = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => server.SageMaker().CreateAutoMLJobV2Async(request));

            Assert.Equal("ValidationException", error.ErrorCode);
            Assert.Contains("does not support HolidayConfig (the local server has no national holiday calendars offline", error.Message);
        }

        internal static Task<InvokeEndpointOutput> InvokeAsync(TestLocalServer server, string endpoint, string body, string contentType, string? accept) =>
            server.Runtime().InvokeEndpointAsync(new InvokeEndpointInput { EndpointName = endpoint, Body = Encoding.UTF8.GetBytes(body), ContentType = contentType, Accept = accept });

        private static async Task<string> ReadAsync(AmazonS3Client s3, string uri)
        {
            string[] parts = uri.Substring("s3://".Length).Split('/', 2);
            using GetObjectResponse response = await s3.GetObjectAsync(parts[0], parts[1]);
            using var reader = new System.IO.StreamReader(response.ResponseStream);
            return await reader.ReadToEndAsync();
        }
    }
}
