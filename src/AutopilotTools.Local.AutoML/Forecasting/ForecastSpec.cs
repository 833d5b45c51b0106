using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Catalog;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Forecasting
{
    /// <summary>
    /// A forecasting job's settings as the engine uses them, read from its <c>TimeSeriesForecastingJobConfig</c> (the
    /// same reading serves training and, from the config saved with the model, the endpoint).
    /// </summary>
    internal sealed class ForecastSpec
    {
        /// <summary>The service's largest ForecastHorizon.</summary>
        public const int MaxHorizon = 500;

        private ForecastSpec(TimeSeriesForecastingJobConfig config, ForecastFrequency frequency)
        {
            Config = config;
            TimeSeriesConfig columns = config.TimeSeriesConfig!;
            Target = columns.TargetAttributeName!;
            Timestamp = columns.TimestampAttributeName!;
            ItemId = columns.ItemIdentifierAttributeName!;
            Groups = columns.GroupingAttributeNames ?? new List<string>();
            Frequency = frequency;
            Horizon = config.ForecastHorizon ?? 0;
            Quantiles = config.ForecastQuantiles is { Count: > 0 } given
                ? given.Select(q => ForecastQuantile.TryParse(q) ?? throw new AutoMLValidationException($"ForecastQuantiles '{q}' is not p1 … p99.")).OrderBy(q => q.Level).ToArray()
                : ForecastQuantile.Defaults;
            Dictionary<string, Dictionary<string, string>> filling = config.Transformations?.Filling ?? new Dictionary<string, Dictionary<string, string>>();
            TargetFilling = ColumnFilling.From(filling.GetValueOrDefault(Target));
            CovariateFilling = filling.Where(f => f.Key != Target).ToDictionary(f => f.Key, f => ColumnFilling.From(f.Value), StringComparer.Ordinal);
            Aggregation = config.Transformations?.Aggregation?.GetValueOrDefault(Target) ?? AggregationTransformationValue.Sum;
            List<string>? asked = config.CandidateGenerationConfig?.AlgorithmsConfig?.SelectMany(a => a.AutoMLAlgorithms ?? new List<string>()).Distinct().ToList();
            Algorithms = asked is { Count: > 0 } ? AutopilotAlgorithms.Forecasting.Where(asked.Contains).ToList() : AutopilotAlgorithms.Forecasting;
        }

        /// <summary>The config this was read from (saved with the model).</summary>
        public TimeSeriesForecastingJobConfig Config { get; }

        public string Target { get; }

        public string Timestamp { get; }

        public string ItemId { get; }

        /// <summary>GroupingAttributeNames: with the item id, they name a series.</summary>
        public IReadOnlyList<string> Groups { get; }

        public ForecastFrequency Frequency { get; }

        public int Horizon { get; }

        /// <summary>The quantiles to forecast, lowest first.</summary>
        public IReadOnlyList<ForecastQuantile> Quantiles { get; }

        public ColumnFilling TargetFilling { get; }

        /// <summary>Filling of covariate columns that the job names; others take <see cref="ColumnFilling.Default"/>.</summary>
        public IReadOnlyDictionary<string, ColumnFilling> CovariateFilling { get; }

        /// <summary>How target values of one bucket are combined: sum (the default), avg, first, min or max.</summary>
        public string Aggregation { get; }

        /// <summary>The algorithms to train, in Autopilot's order.</summary>
        public IReadOnlyList<string> Algorithms { get; }

        /// <summary>The key columns of a series: item id, then grouping attributes.</summary>
        public IReadOnlyList<string> KeyColumns => new[] { ItemId }.Concat(Groups).ToList();

        public double[] Levels => Quantiles.Select(q => q.Level).ToArray();

        public ColumnFilling FillingOf(string covariate) => CovariateFilling.GetValueOrDefault(covariate) ?? ColumnFilling.Default;

        /// <summary>Reads a config, refusing what cannot be trained (<see cref="Problems"/> says what).</summary>
        /// <exception cref="AutoMLValidationException">The config cannot be trained.</exception>
        public static ForecastSpec From(TimeSeriesForecastingJobConfig config)
        {
            IReadOnlyList<string> problems = Problems(config);
            if (problems.Count > 0)
            {
                throw new AutoMLValidationException(string.Join(" ", problems));
            }

            return new ForecastSpec(config, ForecastFrequency.Parse(config.ForecastFrequency!));
        }

        /// <summary>Why the config cannot be trained, before any data is read; empty when it can.</summary>
        public static IReadOnlyList<string> Problems(TimeSeriesForecastingJobConfig config)
        {
            var problems = new List<string>();
            TimeSeriesConfig? columns = config.TimeSeriesConfig;
            if (columns?.TargetAttributeName == null || columns.TimestampAttributeName == null || columns.ItemIdentifierAttributeName == null)
            {
                problems.Add("TimeSeriesConfig needs TargetAttributeName, TimestampAttributeName and ItemIdentifierAttributeName.");
            }
            else
            {
                var named = new[] { columns.TargetAttributeName, columns.TimestampAttributeName, columns.ItemIdentifierAttributeName }
                    .Concat(columns.GroupingAttributeNames ?? new List<string>()).ToList();
                if (named.Distinct(StringComparer.Ordinal).Count() != named.Count)
                {
                    problems.Add($"TimeSeriesConfig names a column twice ({string.Join(", ", named)}); target, timestamp, item identifier and grouping attributes are different columns.");
                }

                if ((columns.GroupingAttributeNames?.Count ?? 0) > 5)
                {
                    problems.Add("TimeSeriesConfig.GroupingAttributeNames has more than 5 columns.");
                }
            }

            if (ForecastFrequency.TryParse(config.ForecastFrequency, out string? frequencyProblem) == null)
            {
                problems.Add(frequencyProblem!);
            }

            if (config.ForecastHorizon is not int horizon || horizon < 1 || horizon > MaxHorizon)
            {
                problems.Add($"ForecastHorizon {config.ForecastHorizon} is out of range: Autopilot forecasts 1 to {MaxHorizon} steps ahead.");
            }

            List<string> quantiles = config.ForecastQuantiles ?? new List<string>();
            foreach (string quantile in quantiles.Where(q => ForecastQuantile.TryParse(q) == null))
            {
                problems.Add($"ForecastQuantiles '{quantile}' is not a quantile: use p1 … p99.");
            }

            if (quantiles.Distinct(StringComparer.Ordinal).Count() != quantiles.Count)
            {
                problems.Add($"ForecastQuantiles lists a quantile twice ({string.Join(", ", quantiles)}).");
            }

            foreach (string algorithm in (config.CandidateGenerationConfig?.AlgorithmsConfig ?? new List<AutoMLAlgorithmConfig>())
                .SelectMany(a => a.AutoMLAlgorithms ?? new List<string>())
                .Where(a => !AutopilotAlgorithms.Forecasting.Contains(a)))
            {
                problems.Add($"'{algorithm}' is not a forecasting algorithm; Autopilot forecasts with {string.Join(", ", AutopilotAlgorithms.Forecasting)}.");
            }

            try
            {
                foreach (Dictionary<string, string> map in config.Transformations?.Filling?.Values ?? Enumerable.Empty<Dictionary<string, string>>())
                {
                    ColumnFilling.From(map);
                }
            }
            catch (AutoMLValidationException error)
            {
                problems.Add(error.Message);
            }

            string? aggregation = columns?.TargetAttributeName == null ? null : config.Transformations?.Aggregation?.GetValueOrDefault(columns.TargetAttributeName);
            if (aggregation != null && !AggregationTransformationValue.Values.Contains(aggregation))
            {
                problems.Add($"Transformations.Aggregation '{aggregation}' is not sum, avg, first, min or max.");
            }

            return problems;
        }
    }
}
