using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seed (boto3 TimeSeriesForecastingJobConfig.Transformations.Filling): frontfill takes only "none";
    /// middlefill, backfill and futurefill take zero, value, median, mean, min or max; a method set to "value" gets
    /// its number from the matching "_value" entry (backfill = value with backfill_value = 2), so the two come
    /// together.
    /// </summary>
    internal sealed class FillingValuesFitMethods : ICrossFieldRule
    {
        private const string Suffix = "_value";

        private static readonly string[] FrontfillValues = { "none" };

        private static readonly string[] FillValues = { "zero", "value", "median", "mean", "min", "max" };

        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            var filling = job.TimeSeries?.Value.Transformations?.Filling;
            if (filling == null)
            {
                yield break;
            }

            string fillingPath = MemberPath.Member(job.TimeSeries!.Member(nameof(TimeSeriesForecastingJobConfig.Transformations)), nameof(TimeSeriesTransformations.Filling));
            foreach (KeyValuePair<string, Dictionary<string, string>> column in filling)
            {
                string columnPath = MemberPath.Key(fillingPath, column.Key);
                foreach (ValidationError error in CheckColumn(column.Value ?? new Dictionary<string, string>(), columnPath))
                {
                    yield return error;
                }
            }
        }

        private static IEnumerable<ValidationError> CheckColumn(Dictionary<string, string> methods, string columnPath)
        {
            foreach (KeyValuePair<string, string> entry in methods)
            {
                string path = MemberPath.Key(columnPath, entry.Key);
                if (entry.Key.EndsWith(Suffix, StringComparison.Ordinal))
                {
                    string method = entry.Key.Substring(0, entry.Key.Length - Suffix.Length);
                    if (!methods.TryGetValue(method, out string? chosen) || chosen != "value")
                    {
                        yield return CrossFieldError.At(path, entry.Value, $"{path} {ValueText.Describe(entry.Value)} is only used when {MemberPath.Key(columnPath, method)} is 'value'.");
                    }

                    continue;
                }

                // Keys that are no filling method at all are left to the enum check.
                string[]? allowed = entry.Key == FillingType.Frontfill ? FrontfillValues : FillingType.Values.Contains(entry.Key) ? FillValues : null;
                if (allowed == null || entry.Value == null)
                {
                    continue;
                }

                if (!allowed.Contains(entry.Value, StringComparer.Ordinal))
                {
                    yield return CrossFieldError.At(path, entry.Value, $"{path} '{entry.Value}' is not a {entry.Key} method; use one of: {string.Join(", ", allowed)}.");
                }
                else if (entry.Value == "value" && !methods.ContainsKey(entry.Key + Suffix))
                {
                    yield return CrossFieldError.At(path, entry.Value, $"{path} 'value' needs the value itself in {MemberPath.Key(columnPath, entry.Key + Suffix)}.");
                }
            }
        }
    }
}
