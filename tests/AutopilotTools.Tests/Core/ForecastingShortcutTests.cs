using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Catalog;
using AutopilotTools.Model;
using AutopilotTools.Requests;
using AutopilotTools.Validation;
using Xunit;

namespace AutopilotTools.Tests.Core
{
    /// <summary>The flat forecasting values become the nested TimeSeriesForecastingJobConfig, and the one validation core judges the result.</summary>
    public sealed class ForecastingShortcutTests
    {
        private static ForecastingShortcut Common() => new ForecastingShortcut
        {
            TrainingDataUri = "s3://bucket/sales/",
            OutputPath = "s3://bucket/runs/",
            TargetAttributeName = "sales",
            TimestampAttributeName = "day",
            ItemIdentifierAttributeName = "store",
            ForecastFrequency = "D",
            ForecastHorizon = 14,
        };

        private static CreateAutoMLJobV2Request Applied(ForecastingShortcut shortcut, CreateAutoMLJobV2Request? request = null)
        {
            request ??= new CreateAutoMLJobV2Request { AutoMLJobName = "sales-daily", RoleArn = "arn:aws:iam::111122223333:role/autopilot" };
            shortcut.ApplyTo(request);
            return request;
        }

        [Fact]
        public void TheCommonJobIsAValidForecastingRequest()
        {
            CreateAutoMLJobV2Request request = Applied(Common());

            Assert.Empty(RequestValidator.Validate(request));
            TimeSeriesForecastingJobConfig config = request.AutoMLProblemTypeConfig!.TimeSeriesForecastingJobConfig!;
            Assert.Null(request.AutoMLProblemTypeConfig.TabularJobConfig);
            Assert.Equal(("D", 14), (config.ForecastFrequency, config.ForecastHorizon));
            Assert.Equal(("sales", "day", "store"), (config.TimeSeriesConfig!.TargetAttributeName, config.TimeSeriesConfig.TimestampAttributeName, config.TimeSeriesConfig.ItemIdentifierAttributeName));
            AutoMLJobChannel channel = Assert.Single(request.AutoMLJobInputDataConfig!);
            Assert.Equal((AutoMLChannelType.Training, TabularShortcut.CsvWithHeader, "s3://bucket/sales/"), (channel.ChannelType, channel.ContentType, channel.DataSource!.S3DataSource!.S3Uri));
            Assert.Equal("s3://bucket/runs/", request.OutputDataConfig!.S3OutputPath);
            // Autopilot's default objective for forecasting needs no saying; quantiles default on the service side too.
            Assert.Null(request.AutoMLJobObjective);
            Assert.Null(config.ForecastQuantiles);
        }

        [Fact]
        public void EveryOptionalValueLandsInItsMember()
        {
            ForecastingShortcut shortcut = Common();
            shortcut.ForecastQuantiles = new[] { "p5", "p50", "p95" };
            shortcut.GroupingAttributeNames = new[] { "region" };
            shortcut.Filling = new Dictionary<string, Dictionary<string, string>> { ["sales"] = new Dictionary<string, string> { ["middlefill"] = "zero" } };
            shortcut.Aggregation = new Dictionary<string, string> { ["sales"] = "sum" };
            shortcut.HolidayCountryCode = "FR";
            shortcut.ObjectiveMetric = AutoMLMetricEnum.MASE;
            shortcut.Algorithms = new[] { AutoMLAlgorithm.Npts, AutoMLAlgorithm.Ets };

            CreateAutoMLJobV2Request request = Applied(shortcut);

            Assert.Empty(RequestValidator.Validate(request));
            TimeSeriesForecastingJobConfig config = request.AutoMLProblemTypeConfig!.TimeSeriesForecastingJobConfig!;
            Assert.Equal(new[] { "p5", "p50", "p95" }, config.ForecastQuantiles);
            Assert.Equal(new[] { "region" }, config.TimeSeriesConfig!.GroupingAttributeNames);
            Assert.Equal("zero", config.Transformations!.Filling!["sales"]["middlefill"]);
            Assert.Equal("sum", config.Transformations.Aggregation!["sales"]);
            Assert.Equal("FR", Assert.Single(config.HolidayConfig!).CountryCode);
            Assert.Equal(AutoMLMetricEnum.MASE, request.AutoMLJobObjective!.MetricName);
            Assert.Equal(new[] { "npts", "ets" }, Assert.Single(config.CandidateGenerationConfig!.AlgorithmsConfig!).AutoMLAlgorithms);
        }

        [Fact]
        public void ADescribedJobKeepsWhatIsNotGiven()
        {
            CreateAutoMLJobV2Request old = Applied(Common());
            old.AutoMLProblemTypeConfig!.TimeSeriesForecastingJobConfig!.ForecastQuantiles = new List<string> { "p10", "p90" };

            CreateAutoMLJobV2Request retrained = Applied(new ForecastingShortcut { TrainingDataUri = "s3://bucket/sales-june/", ForecastHorizon = 28 }, old);

            TimeSeriesForecastingJobConfig config = retrained.AutoMLProblemTypeConfig!.TimeSeriesForecastingJobConfig!;
            Assert.Equal(("D", 28), (config.ForecastFrequency, config.ForecastHorizon));
            Assert.Equal(new[] { "p10", "p90" }, config.ForecastQuantiles);
            Assert.Equal("store", config.TimeSeriesConfig!.ItemIdentifierAttributeName);
            Assert.Equal("s3://bucket/sales-june/", Assert.Single(retrained.AutoMLJobInputDataConfig!).DataSource!.S3DataSource!.S3Uri);
        }

        [Theory]
        [InlineData("60min", null, "AutoMLProblemTypeConfig.TimeSeriesForecastingJobConfig.ForecastFrequency", ValidationRule.Pattern)]
        [InlineData("d", null, "AutoMLProblemTypeConfig.TimeSeriesForecastingJobConfig.ForecastFrequency", ValidationRule.Pattern)]
        [InlineData("D", "p0", "AutoMLProblemTypeConfig.TimeSeriesForecastingJobConfig.ForecastQuantiles[1]", ValidationRule.Pattern)]
        [InlineData("D", "p100", "AutoMLProblemTypeConfig.TimeSeriesForecastingJobConfig.ForecastQuantiles[1]", ValidationRule.Pattern)]
        public void BadValuesAreNamedWithTheirPathAndRule(string frequency, string? secondQuantile, string path, ValidationRule rule)
        {
            ForecastingShortcut shortcut = Common();
            shortcut.ForecastFrequency = frequency;
            if (secondQuantile != null)
            {
                shortcut.ForecastQuantiles = new[] { "p10", secondQuantile };
            }

            ValidationError error = Assert.Single(RequestValidator.Validate(Applied(shortcut)));

            Assert.Equal((path, rule), (error.Path, error.Rule));
        }

        [Fact]
        public void SixQuantilesAndAHorizonOver500AreEachAnError()
        {
            ForecastingShortcut shortcut = Common();
            shortcut.ForecastQuantiles = new[] { "p10", "p20", "p30", "p40", "p50", "p60" };
            shortcut.ForecastHorizon = 501;

            IReadOnlyList<ValidationError> errors = RequestValidator.Validate(Applied(shortcut));

            Assert.Equal(
                new[] { "AutoMLProblemTypeConfig.TimeSeriesForecastingJobConfig.ForecastHorizon", "AutoMLProblemTypeConfig.TimeSeriesForecastingJobConfig.ForecastQuantiles" },
                errors.Select(e => e.Path).OrderBy(p => p, System.StringComparer.Ordinal));
            Assert.Contains(errors, e => e.Message.Contains("at most 500"));
        }

        [Fact]
        public void EveryCommonFrequencyIsOneTheApiTakes()
        {
            string pattern = ServiceShapes.All["ForecastFrequency"].Pattern!;
            Assert.All(ForecastFrequencies.Common, f => Assert.True(ValueRules.MatchesPattern(pattern, f.Key), f.Key));
            Assert.All(ForecastFrequencies.DefaultQuantiles, q => Assert.True(Inference.ForecastReader.IsQuantile(q), q));
        }
    }
}
