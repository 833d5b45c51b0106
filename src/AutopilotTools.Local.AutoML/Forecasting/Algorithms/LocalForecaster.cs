using System;
using System.Linq;
using System.Threading;
using AutopilotTools.Local.AutoML.Forecasting.Data;

namespace AutopilotTools.Local.AutoML.Forecasting.Algorithms
{
    /// <summary>
    /// A forecaster of one series at a time: it fits each series' own history when asked to forecast it, so there is
    /// nothing to learn across series and nothing to save but its name.
    /// </summary>
    internal abstract class LocalForecaster : IForecaster, IForecastModel
    {
        public abstract string Algorithm { get; }

        public abstract string StandIn { get; }

        protected ForecastContext Context { get; private set; } = null!;

        public IForecastModel Fit(SeriesSet history, ForecastContext context, CancellationToken cancellationToken) => WithContext(context);

        public IForecastModel Load(string directory, ForecastContext context) => WithContext(context);

        public QuantileForecast Forecast(Series series, SeriesSet set)
        {
            double[] y = Clean(series.Target);
            if (y.Length < 3)
            {
                // Too short to fit anything: the last value, with the spread of what there is.
                double last = y.Length == 0 ? 0 : y[^1];
                double spread = y.Length < 2 ? Math.Abs(last) * 0.1 : StandardDeviation(y);
                return QuantileForecast.Normal(Enumerable.Repeat(last, Context.Horizon).ToArray(), Enumerable.Repeat(spread, Context.Horizon).ToArray(), Context);
            }

            return ForecastHistory(y, SeasonFor(y.Length, Context.SeasonLength)).Tidied(Context);
        }

        public void Save(string directory)
        {
        }

        /// <summary>Forecasts one history (no missing values) with a season that fits it (1: none).</summary>
        protected abstract QuantileForecast ForecastHistory(double[] y, int season);

        /// <summary>The season when the history holds at least two whole ones, else none.</summary>
        internal static int SeasonFor(int length, int season) => season > 1 && length >= 2 * season ? season : 1;

        /// <summary>The history with missing values (filling none) carried forward, leading ones back.</summary>
        internal static double[] Clean(double[] target)
        {
            var y = (double[])target.Clone();
            int first = Array.FindIndex(y, v => !double.IsNaN(v));
            if (first < 0)
            {
                return Array.Empty<double>();
            }

            for (int t = 0; t < y.Length; t++)
            {
                if (double.IsNaN(y[t]))
                {
                    y[t] = t < first ? y[first] : y[t - 1];
                }
            }

            return y;
        }

        internal static double StandardDeviation(double[] values)
        {
            double mean = values.Average();
            return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, values.Length - 1));
        }

        private IForecastModel WithContext(ForecastContext context)
        {
            var copy = (LocalForecaster)MemberwiseClone();
            copy.Context = context;
            return copy;
        }
    }
}
