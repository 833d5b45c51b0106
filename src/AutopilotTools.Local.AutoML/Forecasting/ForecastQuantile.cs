using System.Globalization;

namespace AutopilotTools.Local.AutoML.Forecasting
{
    /// <summary>One of <c>ForecastQuantiles</c>: its name as given (<c>p10</c>) and its level (0.1).</summary>
    internal sealed record ForecastQuantile(string Name, double Level)
    {
        /// <summary>Autopilot's quantiles when a job gives none.</summary>
        public static readonly ForecastQuantile[] Defaults = { new ForecastQuantile("p10", 0.1), new ForecastQuantile("p50", 0.5), new ForecastQuantile("p90", 0.9) };

        /// <summary><c>p1</c> … <c>p99</c>; null for anything else.</summary>
        public static ForecastQuantile? TryParse(string? name) =>
            name != null && name.Length is >= 2 and <= 3 && name[0] == 'p'
                && int.TryParse(name.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out int percent)
                && percent is >= 1 and <= 99 && name[1] != '0'
                ? new ForecastQuantile(name, percent / 100.0)
                : null;
    }
}
