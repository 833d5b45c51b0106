using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    /// <summary>New-AutoMLJobV2's flat forecasting parameters: the request they make, and what is refused before anything is sent.</summary>
    public sealed class NewForecastingJobTests
    {
        private const string Flat = "New-AutoMLJobV2 sales-daily -TrainingData s3://bucket/sales/ -OutputPath s3://bucket/runs -TargetAttributeName sales " +
            "-TimestampAttributeName day -ItemIdentifierAttributeName store -RoleArn arn:aws:iam::111122223333:role/autopilot";

        private static Reply CreateThenDescribe(RecordedRequest request) =>
            request.Operation == "CreateAutoMLJobV2"
                ? Reply.Json("{\"AutoMLJobArn\":\"arn:aws:sagemaker:eu-west-3:111122223333:automl-job/sales-daily\"}")
                : FakeSageMaker.DescribeAnyJob(request);

        private static JsonElement CreateBody(LoopbackServer server) =>
            JsonDocument.Parse(server.Requests.Single(r => r.Operation == "CreateAutoMLJobV2").Body).RootElement;

        [Fact]
        public void FlatParametersMakeTheTimeSeriesForecastingJobConfig()
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);

            session.RunScript(Flat + @" -ForecastFrequency W -ForecastHorizon 8 -ForecastQuantile p10, p50, p95 -GroupingAttributeName region `
                -Filling @{ sales = @{ middlefill = 'zero'; backfill = 'value'; backfill_value = 2 } } -Aggregation @{ sales = 'sum' } `
                -HolidayCountryCode FR -ObjectiveMetric mase -Algorithm npts, ets @conn").ThrowIfErrors();

            JsonElement body = CreateBody(server);
            JsonElement config = body.GetProperty("AutoMLProblemTypeConfig").GetProperty("TimeSeriesForecastingJobConfig");
            Assert.Equal(new[] { "TimeSeriesForecastingJobConfig" }, body.GetProperty("AutoMLProblemTypeConfig").EnumerateObject().Select(p => p.Name));
            Assert.Equal(("W", 8), (config.GetProperty("ForecastFrequency").GetString(), config.GetProperty("ForecastHorizon").GetInt32()));
            Assert.Equal(new[] { "p10", "p50", "p95" }, config.GetProperty("ForecastQuantiles").EnumerateArray().Select(q => q.GetString()));
            JsonElement columns = config.GetProperty("TimeSeriesConfig");
            Assert.Equal(("sales", "day", "store", "region"), (columns.GetProperty("TargetAttributeName").GetString(), columns.GetProperty("TimestampAttributeName").GetString(),
                columns.GetProperty("ItemIdentifierAttributeName").GetString(), columns.GetProperty("GroupingAttributeNames")[0].GetString()));
            Assert.Equal("2", config.GetProperty("Transformations").GetProperty("Filling").GetProperty("sales").GetProperty("backfill_value").GetString());
            Assert.Equal("sum", config.GetProperty("Transformations").GetProperty("Aggregation").GetProperty("sales").GetString());
            Assert.Equal("FR", config.GetProperty("HolidayConfig")[0].GetProperty("CountryCode").GetString());
            Assert.Equal(new[] { "npts", "ets" }, config.GetProperty("CandidateGenerationConfig").GetProperty("AlgorithmsConfig")[0].GetProperty("AutoMLAlgorithms").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal("MASE", body.GetProperty("AutoMLJobObjective").GetProperty("MetricName").GetString());
            JsonElement channel = Assert.Single(body.GetProperty("AutoMLJobInputDataConfig").EnumerateArray());
            Assert.Equal(("training", "text/csv;header=present", "s3://bucket/sales/"),
                (channel.GetProperty("ChannelType").GetString(), channel.GetProperty("ContentType").GetString(), channel.GetProperty("DataSource").GetProperty("S3DataSource").GetProperty("S3Uri").GetString()));
        }

        [Fact]
        public void WhatIfChecksTheRequestAndSendsNothing()
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript(Flat + " -ForecastFrequency D -ForecastHorizon 14 -WhatIf @conn").ThrowIfErrors();

            Assert.Empty(server.Requests);
            Assert.Contains("What if: Performing the operation \"Create AutoML job (CreateAutoMLJobV2)\" on target \"sales-daily\"", result.HostText);
        }

        [Theory]
        [InlineData("-ForecastFrequency 60min -ForecastHorizon 14", "AutoMLProblemTypeConfig.TimeSeriesForecastingJobConfig.ForecastFrequency '60min' must match the pattern")]
        [InlineData("-ForecastFrequency D -ForecastHorizon 501", "AutoMLProblemTypeConfig.TimeSeriesForecastingJobConfig.ForecastHorizon 501 is more than Autopilot forecasts: at most 500")]
        [InlineData("-ForecastFrequency D -ForecastHorizon 0", "AutoMLProblemTypeConfig.TimeSeriesForecastingJobConfig.ForecastHorizon 0 must be")]
        [InlineData("-ForecastFrequency D -ForecastHorizon 14 -ForecastQuantile p10, p0", "AutoMLProblemTypeConfig.TimeSeriesForecastingJobConfig.ForecastQuantiles[1] 'p0' must match the pattern")]
        [InlineData("-ForecastFrequency D -ForecastHorizon 14 -Aggregation @{ sales = 'median' }", "AutoMLProblemTypeConfig.TimeSeriesForecastingJobConfig.Transformations.Aggregation['sales']")]
        [InlineData("-ForecastFrequency D -ForecastHorizon 14 -Filling @{ sales = 'zero' }", "AutoMLProblemTypeConfig.TimeSeriesForecastingJobConfig.Transformations.Filling['sales']")]
        [InlineData("-ForecastFrequency D -ForecastHorizon 14 -HolidayCountryCode fr", "HolidayConfig[0].CountryCode 'fr' must match the pattern")]
        public void ABadValueIsNamedWithItsPathValueAndRuleBeforeAnythingIsSent(string parameters, string message)
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript($"{Flat} {parameters} @conn");

            ErrorRecord error = Assert.Single(result.Errors);
            Assert.Equal("InvalidAutoMLJobRequest,AutopilotTools.Commands.NewAutoMLJobV2Command", error.FullyQualifiedErrorId);
            Assert.Contains(message, error.ToString());
            Assert.Empty(server.Requests);
        }

        [Fact]
        public void TheColumnsAreRequiredWithoutARequestDocumentAndEachMissingOneIsNamed()
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("New-AutoMLJobV2 sales-daily -TrainingData s3://bucket/sales/ -OutputPath s3://bucket/runs -TargetAttributeName sales " +
                "-ForecastHorizon 14 -RoleArn arn:aws:iam::111122223333:role/autopilot @conn");

            Assert.Equal(new[] { "-ForecastFrequency is required", "-TimestampAttributeName is required", "-ItemIdentifierAttributeName is required" },
                result.Errors.Select(e => string.Join(" ", e.ToString().Split(' ').Take(3))));
            Assert.Empty(server.Requests);
        }

        [Fact]
        public void ATabularProblemTypeIsRefusedForAForecastingJob()
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript(Flat + " -ForecastFrequency D -ForecastHorizon 14 -ProblemType Regression @conn");

            Assert.Contains("-ProblemType Regression is a tabular problem type", Assert.Single(result.Errors).ToString());
            Assert.Empty(server.Requests);
        }

        [Fact]
        public void TabularAndForecastingFlatParametersDoNotMix()
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript(Flat + " -ForecastFrequency D -ForecastHorizon 14 -MaxCandidates 3 -ValidationData s3://bucket/v/ @conn");

            Assert.Equal(new[] { "-ValidationData is not for a time-series forecasting job", "-MaxCandidates is not for a time-series forecasting job" },
                result.Errors.Select(e => e.ToString().Split(" (")[0]));
            Assert.All(result.Errors, e => Assert.Equal("InvalidAutoMLJobRequest,AutopilotTools.Commands.NewAutoMLJobV2Command", e.FullyQualifiedErrorId));
            Assert.Empty(server.Requests);
        }

        [Fact]
        public void ADescribedForecastingJobRetrainsWithANewHorizon()
        {
            using var server = new LoopbackServer(CreateThenDescribe);
            using var session = FakeSageMaker.SessionFor(server);

            session.RunScript(@"
                $old = @{ AutoMLJobName = 'sales-old'; AutoMLJobInputDataConfig = @(@{ ChannelType = 'training'; DataSource = @{ S3DataSource = @{ S3DataType = 'S3Prefix'; S3Uri = 's3://bucket/old/' } } })
                    OutputDataConfig = @{ S3OutputPath = 's3://bucket/runs' }; RoleArn = 'arn:aws:iam::111122223333:role/autopilot'
                    AutoMLProblemTypeConfig = @{ TimeSeriesForecastingJobConfig = @{ ForecastFrequency = 'D'; ForecastHorizon = 7; ForecastQuantiles = 'p50'
                        TimeSeriesConfig = @{ TargetAttributeName = 'sales'; TimestampAttributeName = 'day'; ItemIdentifierAttributeName = 'store' } } } }
                New-AutoMLJobV2 -InputObject $old -AutoMLJobName sales-new -TrainingData s3://bucket/new/ -ForecastFrequency D -ForecastHorizon 28 @conn").ThrowIfErrors();

            JsonElement config = CreateBody(server).GetProperty("AutoMLProblemTypeConfig").GetProperty("TimeSeriesForecastingJobConfig");
            Assert.Equal(28, config.GetProperty("ForecastHorizon").GetInt32());
            Assert.Equal("p50", config.GetProperty("ForecastQuantiles")[0].GetString());
            Assert.Equal("store", config.GetProperty("TimeSeriesConfig").GetProperty("ItemIdentifierAttributeName").GetString());
        }
    }
}
