using System;
using System.Collections.Generic;

namespace AutopilotTools.Local.AutoML.Forecasting.Algorithms
{
    /// <summary>
    /// <c>npts</c>: the non-parametric time series forecaster, seasonal variant. Each future step's distribution is
    /// the past values of the same season (same weekday of daily data, same hour of hourly data…), weighted by an
    /// exponential kernel of their age, as Amazon's NPTS samples them; quantiles and mean are read off that weighted
    /// distribution exactly instead of by sampling. A series that repeats its season is forecast exactly.
    /// </summary>
    internal sealed class NptsForecaster : LocalForecaster
    {
        /// <summary>Decay per season of age: a value 10 seasons old weighs e⁻² of the latest.</summary>
        private const double Decay = 0.2;

        /// <summary>Seasons looked back at most (older ones weigh under e⁻¹⁰).</summary>
        private const int MaxSeasons = 50;

        public override string Algorithm => Model.AutoMLAlgorithm.Npts;

        public override string StandIn => "seasonal NPTS: the exponentially weighted empirical distribution of past values of the same season";

        protected override QuantileForecast ForecastHistory(double[] y, int season)
        {
            int n = y.Length, horizon = Context.Horizon;
            double[] levels = Context.Levels;
            var mean = new double[horizon];
            var quantiles = new double[levels.Length][];
            for (int q = 0; q < levels.Length; q++)
            {
                quantiles[q] = new double[horizon];
            }

            // Without a season, every past value is a candidate, and age counts in steps over a window of 50.
            int stride = season, window = season > 1 ? MaxSeasons : 50;
            double decay = season > 1 ? Decay : 0.05;
            var sample = new List<(double Value, double Weight)>(window);
            for (int h = 1; h <= horizon; h++)
            {
                int t = n - 1 + h;
                int back = season > 1 ? ((t - (n - 1) - 1) / season + 1) * season : h;
                sample.Clear();
                for (int k = 0, i = t - back; i >= 0 && k < window; k++, i -= stride)
                {
                    sample.Add((y[i], Math.Exp(-decay * k)));
                }

                sample.Sort((a, b) => a.Value.CompareTo(b.Value));
                double total = 0, weighted = 0;
                foreach ((double value, double weight) in sample)
                {
                    total += weight;
                    weighted += weight * value;
                }

                mean[h - 1] = weighted / total;
                for (int q = 0; q < levels.Length; q++)
                {
                    quantiles[q][h - 1] = WeightedQuantile(sample, total, levels[q]);
                }
            }

            return new QuantileForecast(mean, quantiles);
        }

        /// <summary>The smallest value whose cumulative weight reaches the level (sample sorted by value).</summary>
        internal static double WeightedQuantile(List<(double Value, double Weight)> sorted, double total, double level)
        {
            double cumulative = 0, target = level * total;
            foreach ((double value, double weight) in sorted)
            {
                cumulative += weight;
                if (cumulative >= target - 1e-12)
                {
                    return value;
                }
            }

            return sorted[^1].Value;
        }
    }
}
