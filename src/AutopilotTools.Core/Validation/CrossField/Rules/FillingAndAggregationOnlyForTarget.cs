using System;
using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seed (boto3 TimeSeriesForecastingJobConfig.Transformations): aggregation is supported for the target column
    /// only, and so is frontfill ("frontfill: none (Supported only for target column)"). The target column is
    /// TimeSeriesConfig.TargetAttributeName; without it there is nothing to compare.
    /// </summary>
    internal sealed class FillingAndAggregationOnlyForTarget : ICrossFieldRule
    {
        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            TimeSeriesForecastingJobConfig? config = job.TimeSeries?.Value;
            string? target = config?.TimeSeriesConfig?.TargetAttributeName;
            if (config?.Transformations == null || target == null)
            {
                yield break;
            }

            string transformations = job.TimeSeries!.Member(nameof(config.Transformations));
            string targetPath = MemberPath.Member(job.TimeSeries.Member(nameof(config.TimeSeriesConfig)), nameof(TimeSeriesConfig.TargetAttributeName));
            foreach (var column in config.Transformations.Filling ?? new Dictionary<string, Dictionary<string, string>>())
            {
                if (column.Value != null && column.Value.ContainsKey(FillingType.Frontfill) && !IsTarget(column.Key, target))
                {
                    string path = MemberPath.Key(MemberPath.Key(MemberPath.Member(transformations, nameof(TimeSeriesTransformations.Filling)), column.Key), FillingType.Frontfill);
                    yield return CrossFieldError.At(path, column.Value[FillingType.Frontfill], $"{path}: frontfill is only supported for the target column ({targetPath} '{target}'), not '{column.Key}'.");
                }
            }

            foreach (var column in config.Transformations.Aggregation ?? new Dictionary<string, string>())
            {
                if (!IsTarget(column.Key, target))
                {
                    string path = MemberPath.Key(MemberPath.Member(transformations, nameof(TimeSeriesTransformations.Aggregation)), column.Key);
                    yield return CrossFieldError.At(path, column.Value, $"{path}: aggregation is only supported for the target column ({targetPath} '{target}'), not '{column.Key}'.");
                }
            }
        }

        private static bool IsTarget(string column, string target) => string.Equals(column, target, StringComparison.Ordinal);
    }
}
