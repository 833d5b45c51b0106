using System;
using System.Linq;

namespace AutopilotTools.Local.AutoML.Forecasting.Algorithms
{
    /// <summary>
    /// The seasonal naive forecast, the yardstick (not an Autopilot algorithm, and not a candidate): each step repeats
    /// the value one season earlier; quantiles add the empirical quantiles of the history's own season-on-season
    /// changes, widened with the square root of the seasons ahead. MASE's scale is this forecast's in-sample error.
    /// </summary>
    internal sealed class SeasonalNaiveForecaster : LocalForecaster
    {
        public override string Algorithm => "seasonal-naive";

        public override string StandIn => "seasonal naive with empirical residual quantiles";

        protected override QuantileForecast ForecastHistory(double[] y, int season)
        {
            int n = y.Length, horizon = Context.Horizon;
            double[] residuals = Enumerable.Range(season, n - season).Select(t => y[t] - y[t - season]).OrderBy(r => r).ToArray();
            var mean = new double[horizon];
            var quantiles = Context.Levels.Select(_ => new double[horizon]).ToArray();
            for (int h = 1; h <= horizon; h++)
            {
                int seasonsAhead = ((h - 1) / season) + 1;
                mean[h - 1] = y[n - 1 + h - (seasonsAhead * season)];
                for (int q = 0; q < Context.Levels.Length; q++)
                {
                    quantiles[q][h - 1] = mean[h - 1] + (Quantile(residuals, Context.Levels[q]) * Math.Sqrt(seasonsAhead));
                }
            }

            return new QuantileForecast(mean, quantiles);
        }

        /// <summary>The linearly interpolated quantile of sorted values.</summary>
        internal static double Quantile(double[] sorted, double level)
        {
            if (sorted.Length == 0)
            {
                return 0;
            }

            double position = level * (sorted.Length - 1);
            int below = (int)Math.Floor(position);
            int above = Math.Min(below + 1, sorted.Length - 1);
            return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
        }
    }
}
