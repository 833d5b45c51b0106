using System;
using System.Globalization;

namespace AutopilotTools.Local.AutoML.Forecasting.Data
{
    /// <summary>Timestamps as Autopilot reads them (<c>yyyy-MM-dd</c>, <c>yyyy-MM-dd HH:mm:ss</c> and near forms) and writes them.</summary>
    internal static class Timestamps
    {
        public const string DateFormat = "yyyy-MM-dd";

        public const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss";

        private static readonly string[] Formats =
        {
            DateFormat, DateTimeFormat, "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ssZ",
            "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ", "yyyy/MM/dd", "yyyy/MM/dd HH:mm:ss",
        };

        /// <summary>Parses a timestamp; <paramref name="hasTime"/> says whether it gave a time of day.</summary>
        public static bool TryParse(string text, out DateTime value, out bool hasTime)
        {
            text = text.Trim();
            hasTime = text.Length > 10;
            if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value))
            {
                value = DateTime.SpecifyKind(value, DateTimeKind.Unspecified);
                return true;
            }

            return false;
        }

        public static string Format(DateTime value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
    }
}
