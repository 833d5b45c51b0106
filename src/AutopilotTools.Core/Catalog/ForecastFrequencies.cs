using System.Collections.Generic;

namespace AutopilotTools.Catalog
{
    /// <summary>
    /// The forecast frequencies people mostly use, with what they mean, for completion and help. Which values the
    /// API takes is the service model's <c>ForecastFrequency</c> pattern (1–59min, 1–23H, 1–6D, 1–4W, 1–11M, 1Y;
    /// the unit alone means 1), checked by the validation core; the units are case-sensitive (M is a month, min a
    /// minute).
    /// </summary>
    public static class ForecastFrequencies
    {
        /// <summary>Frequency → what it means, most common first.</summary>
        public static readonly IReadOnlyList<KeyValuePair<string, string>> Common = new[]
        {
            Pair("D", "daily"),
            Pair("W", "weekly"),
            Pair("M", "monthly"),
            Pair("H", "hourly"),
            Pair("Y", "yearly"),
            Pair("15min", "every 15 minutes"),
            Pair("30min", "every 30 minutes"),
            Pair("1min", "every minute"),
            Pair("5min", "every 5 minutes"),
            Pair("10min", "every 10 minutes"),
            Pair("2H", "every 2 hours"),
            Pair("6H", "every 6 hours"),
            Pair("12H", "every 12 hours"),
            Pair("2W", "every 2 weeks"),
            Pair("3M", "quarterly"),
            Pair("6M", "every 6 months"),
        };

        /// <summary>The quantiles Autopilot forecasts when <c>ForecastQuantiles</c> is not given (seed: p10, p50 and p90).</summary>
        public static readonly IReadOnlyList<string> DefaultQuantiles = new[] { "p10", "p50", "p90" };

        private static KeyValuePair<string, string> Pair(string frequency, string meaning) => new KeyValuePair<string, string>(frequency, meaning);
    }
}
