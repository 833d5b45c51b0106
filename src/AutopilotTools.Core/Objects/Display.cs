using System;
using System.Globalization;

namespace AutopilotTools
{
    /// <summary>
    /// Small formatting helpers the format views call, so that what a table shows is plain C# that tests can reach
    /// and the views stay one-liners.
    /// </summary>
    public static class Display
    {
        /// <summary>A metric value to four significant decimals; empty when there is none yet.</summary>
        public static string Metric(double? value) => value.HasValue ? value.Value.ToString("0.####", CultureInfo.CurrentCulture) : string.Empty;

        /// <summary>A UTC service time in the viewer's local time, to the minute.</summary>
        public static string Time(DateTime? utc) =>
            utc.HasValue ? DateTime.SpecifyKind(utc.Value, DateTimeKind.Utc).ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.CurrentCulture) : string.Empty;

        /// <summary>An inference row as the CSV line it was sent as.</summary>
        public static string Row(object? row) => row == null ? string.Empty : Inference.CsvRow.Format(row, null);

        /// <summary>A run time as h:mm:ss, or as days, hours and minutes (2d 03:15) past a day.</summary>
        public static string Duration(TimeSpan? span)
        {
            if (!span.HasValue)
            {
                return string.Empty;
            }

            TimeSpan value = span.Value < TimeSpan.Zero ? TimeSpan.Zero : span.Value;
            return value.TotalDays >= 1
                ? value.ToString(@"d\d\ hh\:mm", CultureInfo.InvariantCulture)
                : ((int)value.TotalHours).ToString(CultureInfo.InvariantCulture) + value.ToString(@"\:mm\:ss", CultureInfo.InvariantCulture);
        }
    }
}
