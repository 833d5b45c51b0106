using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Local.AutoML.Forecasting.Algorithms;
using AutopilotTools.Local.AutoML.Forecasting.Data;
using AutopilotTools.Local.AutoML.Forecasting.Metrics;

namespace AutopilotTools.Local.AutoML.Forecasting.Training
{
    /// <summary>
    /// The backtest window: the last horizon of every series long enough, held out. Models fit on what is before
    /// it and are scored on it.
    /// </summary>
    internal sealed class Backtest
    {
        /// <summary>A series needs this many steps before the window to be forecast at all.</summary>
        private const int MinimumHistory = 3;

        public Backtest(SeriesSet full, ForecastContext context)
        {
            Context = context;
            History = full.Truncate(context.Horizon, MinimumHistory);
            Actuals = full.Series.Where(s => s.Length - context.Horizon >= MinimumHistory).Select(s => s.Target[^context.Horizon..]).ToList();
            if (History.Series.Count == 0)
            {
                throw new AutoMLDataException($"No series is longer than the ForecastHorizon {context.Horizon} plus {MinimumHistory} steps, so there is no backtest window to measure a forecast on.");
            }
        }

        public ForecastContext Context { get; }

        /// <summary>The series without their windows.</summary>
        public SeriesSet History { get; }

        /// <summary>Each series' window, in <see cref="History"/>'s order.</summary>
        public IReadOnlyList<double[]> Actuals { get; }

        /// <summary>The window's timestamps.</summary>
        public IEnumerable<DateTime> WindowTimes => Enumerable.Range(1, Context.Horizon).Select(h => History.Frequency.Add(History.End, h));

        public ForecastMetrics Score(IReadOnlyList<QuantileForecast> forecasts)
        {
            var metrics = new ForecastMetrics(Context.Levels);
            for (int i = 0; i < forecasts.Count; i++)
            {
                metrics.Add(Actuals[i], forecasts[i].Mean, forecasts[i].Quantiles, History.Series[i].Target, Context.SeasonLength);
            }

            return metrics;
        }
    }
}
