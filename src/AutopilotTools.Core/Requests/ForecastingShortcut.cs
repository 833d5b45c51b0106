using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;

namespace AutopilotTools.Requests
{
    /// <summary>
    /// The common time-series forecasting job in a few flat values (data, output path, the target, timestamp and item
    /// columns, frequency, horizon, quantiles, …), turned into a CreateAutoMLJobV2 request's
    /// <c>TimeSeriesForecastingJobConfig</c>. Like <see cref="TabularShortcut"/> it sets only what is given, over
    /// whatever the request already holds (a document or a described job), so the result goes through the same
    /// validation as any request: nothing here checks values.
    /// </summary>
    public sealed class ForecastingShortcut
    {
        public string? TrainingDataUri { get; set; }

        public string? OutputPath { get; set; }

        public string? ContentType { get; set; }

        public string? TargetAttributeName { get; set; }

        public string? TimestampAttributeName { get; set; }

        public string? ItemIdentifierAttributeName { get; set; }

        public IReadOnlyList<string>? GroupingAttributeNames { get; set; }

        public string? ForecastFrequency { get; set; }

        public int? ForecastHorizon { get; set; }

        public IReadOnlyList<string>? ForecastQuantiles { get; set; }

        /// <summary>Column → (filling method → value), as <c>Transformations.Filling</c> takes it.</summary>
        public Dictionary<string, Dictionary<string, string>>? Filling { get; set; }

        /// <summary>Column → aggregation (sum, avg, first, min, max), as <c>Transformations.Aggregation</c> takes it.</summary>
        public Dictionary<string, string>? Aggregation { get; set; }

        /// <summary>A country whose holidays become features (<c>HolidayConfig</c>'s one <c>CountryCode</c>).</summary>
        public string? HolidayCountryCode { get; set; }

        public string? ObjectiveMetric { get; set; }

        /// <summary>The forecasting algorithms to train (<c>CandidateGenerationConfig.AlgorithmsConfig</c>).</summary>
        public IReadOnlyList<string>? Algorithms { get; set; }

        public void ApplyTo(CreateAutoMLJobV2Request request)
        {
            if (TrainingDataUri != null)
            {
                // Forecasting reads one training channel (Autopilot holds out the backtest windows itself); new data
                // for a described job keeps its channel's content type unless told otherwise.
                string contentType = ContentType ?? request.AutoMLJobInputDataConfig?.FirstOrDefault()?.ContentType ?? TabularShortcut.CsvWithHeader;
                request.AutoMLJobInputDataConfig = new List<AutoMLJobChannel>
                {
                    new AutoMLJobChannel
                    {
                        ChannelType = AutoMLChannelType.Training,
                        ContentType = contentType,
                        DataSource = new AutoMLDataSource { S3DataSource = new AutoMLS3DataSource { S3DataType = AutoMLS3DataType.S3Prefix, S3Uri = TrainingDataUri } },
                    },
                };
            }
            else if (ContentType != null && request.AutoMLJobInputDataConfig != null)
            {
                request.AutoMLJobInputDataConfig.ForEach(channel => channel.ContentType = ContentType);
            }

            if (OutputPath != null)
            {
                (request.OutputDataConfig ??= new AutoMLOutputDataConfig()).S3OutputPath = OutputPath;
            }

            TimeSeriesForecastingJobConfig forecasting = (request.AutoMLProblemTypeConfig ??= new AutoMLProblemTypeConfig()).TimeSeriesForecastingJobConfig ??= new TimeSeriesForecastingJobConfig();
            forecasting.ForecastFrequency = ForecastFrequency ?? forecasting.ForecastFrequency;
            forecasting.ForecastHorizon = ForecastHorizon ?? forecasting.ForecastHorizon;
            forecasting.ForecastQuantiles = ForecastQuantiles?.ToList() ?? forecasting.ForecastQuantiles;
            ApplyColumns(forecasting.TimeSeriesConfig ??= new TimeSeriesConfig());
            ApplyTransformations(forecasting);
            if (HolidayCountryCode != null)
            {
                forecasting.HolidayConfig = new List<HolidayConfigAttributes> { new HolidayConfigAttributes { CountryCode = HolidayCountryCode } };
            }

            if (Algorithms != null)
            {
                (forecasting.CandidateGenerationConfig ??= new CandidateGenerationConfig()).AlgorithmsConfig =
                    new List<AutoMLAlgorithmConfig> { new AutoMLAlgorithmConfig { AutoMLAlgorithms = Algorithms.ToList() } };
            }

            if (ObjectiveMetric != null)
            {
                // Unlike a tabular problem type, forecasting needs no objective: Autopilot's default is
                // AverageWeightedQuantileLoss, so none is set unless one is asked for.
                request.AutoMLJobObjective = new AutoMLJobObjective { MetricName = ObjectiveMetric };
            }
        }

        private void ApplyColumns(TimeSeriesConfig columns)
        {
            columns.TargetAttributeName = TargetAttributeName ?? columns.TargetAttributeName;
            columns.TimestampAttributeName = TimestampAttributeName ?? columns.TimestampAttributeName;
            columns.ItemIdentifierAttributeName = ItemIdentifierAttributeName ?? columns.ItemIdentifierAttributeName;
            columns.GroupingAttributeNames = GroupingAttributeNames?.ToList() ?? columns.GroupingAttributeNames;
        }

        private void ApplyTransformations(TimeSeriesForecastingJobConfig forecasting)
        {
            if (Filling != null)
            {
                (forecasting.Transformations ??= new TimeSeriesTransformations()).Filling =
                    Filling.ToDictionary(column => column.Key, column => column.Value.ToDictionary(method => method.Key, method => method.Value));
            }

            if (Aggregation != null)
            {
                (forecasting.Transformations ??= new TimeSeriesTransformations()).Aggregation = Aggregation.ToDictionary(column => column.Key, column => column.Value);
            }
        }
    }
}
