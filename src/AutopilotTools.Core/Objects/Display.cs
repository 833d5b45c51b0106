using System;
using System.Globalization;

namespace AutopilotTools
{
    /// <summary>
    /// Small formatting helpers the format views call, so that what a table shows is plain C# that tests can reach
    /// and the views stay one-liners. Times are shown in UTC, as the objects keep them, and the views say so.
    /// </summary>
    public static class Display
    {
        /// <summary>A metric value or probability, always to four decimals so that a column lines up; empty when there is none yet.</summary>
        public static string Metric(double? value) => value.HasValue ? value.Value.ToString("F4", CultureInfo.CurrentCulture) : string.Empty;

        /// <summary>A service time in UTC, to the minute (the column headers say UTC).</summary>
        public static string Time(DateTime? utc) =>
            utc.HasValue ? Utc(utc.Value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : string.Empty;

        /// <summary>A service time in UTC, to the second, marked as UTC (for list views, whose labels are property names).</summary>
        public static string UtcTime(DateTime? utc) =>
            utc.HasValue ? Utc(utc.Value).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC" : string.Empty;

        /// <summary>A forecast value, to two decimals so that a column lines up; empty where the endpoint gave none.</summary>
        public static string Quantity(double? value) => value.HasValue ? value.Value.ToString("F2", CultureInfo.CurrentCulture) : string.Empty;

        /// <summary>A forecast's quantiles in one column, for quantile sets no view has columns for: "p5 1.20  p95 3.40".</summary>
        public static string Quantiles(Inference.Forecast? forecast) => forecast == null
            ? string.Empty
            : string.Join("  ", System.Linq.Enumerable.Select(forecast.QuantileNames, q => q + " " + Quantity(forecast.Quantiles.TryGetValue(q, out double? v) ? v : null)));

        /// <summary>An inference row as the CSV line it was sent as.</summary>
        public static string Row(object? row) => row == null ? string.Empty : Inference.CsvRow.Format(row, null);

        /// <summary>
        /// The problem type a job table shows: the resolved one once known. A V1 job's ProblemType is the API's (what
        /// was asked for), so for V1 jobs the resolved one is its ResolvedProblemType.
        /// </summary>
        public static string? ProblemType(object? job) => job switch
        {
            AutoMLJobV1 v1 => v1.ResolvedProblemType,
            AutoMLJob v2 => v2.ProblemType,
            _ => null,
        };

        /// <summary>As <see cref="Duration(TimeSpan?)"/>, for the objects' ElapsedSeconds.</summary>
        public static string DurationInSeconds(double? seconds) => Duration(seconds.HasValue ? TimeSpan.FromSeconds(seconds.Value) : (TimeSpan?)null);

        /// <summary>As <see cref="Duration(TimeSpan?)"/>, from a start and an end time; empty until both are known.</summary>
        public static string Between(DateTime? start, DateTime? end) =>
            start.HasValue && end.HasValue ? Duration(Utc(end.Value) - Utc(start.Value)) : string.Empty;

        /// <summary>
        /// A run time: seconds to a tenth under a minute (7.4s), h:mm:ss under a day (0:12:05), then days, hours
        /// and minutes (2d 03:15).
        /// </summary>
        public static string Duration(TimeSpan? span)
        {
            if (!span.HasValue)
            {
                return string.Empty;
            }

            TimeSpan value = span.Value < TimeSpan.Zero ? TimeSpan.Zero : span.Value;
            if (value.TotalMinutes < 1)
            {
                return value.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + "s";
            }

            return value.TotalDays >= 1
                ? value.ToString(@"d\d\ hh\:mm", CultureInfo.InvariantCulture)
                : ((int)value.TotalHours).ToString(CultureInfo.InvariantCulture) + value.ToString(@"\:mm\:ss", CultureInfo.InvariantCulture);
        }

        private static DateTime Utc(DateTime value) =>
            value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime();
    }
}
