namespace AutopilotTools.Local.AutoML.Forecasting.Algorithms
{
    /// <summary>What every forecaster is told: how far, which quantiles, the season, and whether the target is never negative.</summary>
    internal sealed record ForecastContext(int Horizon, double[] Levels, int SeasonLength, ForecastFrequency Frequency, bool NonNegative);
}
