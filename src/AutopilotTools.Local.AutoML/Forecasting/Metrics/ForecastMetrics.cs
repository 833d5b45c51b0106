using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Forecasting.Metrics
{
    /// <summary>
    /// Autopilot's forecasting metrics over a backtest window (as Amazon Forecast defines them):
    /// wQL[τ] = 2 Σ (τ·(y − q)⁺ + (1 − τ)·(q − y)⁺) / Σ|y|, AverageWeightedQuantileLoss their mean over the
    /// quantiles; WAPE = Σ|y − ŷ| / Σ|y|; RMSE = √(mean (y − ŷ)²); MAPE the mean of |y − ŷ| / |y| over non-zero y;
    /// MASE the mean over items of their mean absolute error divided by the in-sample error of the seasonal naive
    /// forecast (lag 1 without a season). ŷ is the mean forecast.
    /// </summary>
    internal sealed class ForecastMetrics
    {
        private readonly double[] _levels;
        private readonly double[] _pinball;
        private double _absoluteActual, _absoluteError, _squaredError, _percentError, _masesum;
        private int _points, _percentPoints, _maseItems;

        public ForecastMetrics(double[] levels)
        {
            _levels = levels;
            _pinball = new double[levels.Length];
        }

        /// <summary>Adds one item's window: actual values, the forecast's mean and quantiles, and the item's history before the window.</summary>
        public void Add(ReadOnlySpan<double> actual, double[] mean, double[][] quantiles, double[] history, int season)
        {
            double itemError = 0;
            int itemPoints = 0;
            for (int h = 0; h < actual.Length; h++)
            {
                double y = actual[h];
                if (double.IsNaN(y))
                {
                    continue;
                }

                for (int q = 0; q < _levels.Length; q++)
                {
                    double difference = y - quantiles[q][h];
                    _pinball[q] += difference >= 0 ? _levels[q] * difference : (_levels[q] - 1) * difference;
                }

                double error = y - mean[h];
                _absoluteActual += Math.Abs(y);
                _absoluteError += Math.Abs(error);
                _squaredError += error * error;
                _points++;
                itemError += Math.Abs(error);
                itemPoints++;
                if (y != 0)
                {
                    _percentError += Math.Abs(error / y);
                    _percentPoints++;
                }
            }

            double scale = NaiveScale(history, season);
            if (itemPoints > 0 && scale > 0)
            {
                _masesum += itemError / itemPoints / scale;
                _maseItems++;
            }
        }

        /// <summary>wQL per quantile level.</summary>
        public IReadOnlyList<double> WeightedQuantileLosses => _pinball.Select(p => 2 * p / _absoluteActual).ToList();

        /// <summary>The metrics by their <c>AutoMLMetricExtendedEnum</c> names (undefined ones, e.g. MAPE of all-zero actuals, left out).</summary>
        public IReadOnlyDictionary<string, double> Values
        {
            get
            {
                var values = new Dictionary<string, double>(StringComparer.Ordinal);
                void Put(string name, double value)
                {
                    if (!double.IsNaN(value) && !double.IsInfinity(value))
                    {
                        values[name] = value;
                    }
                }

                Put(AutoMLMetricExtendedEnum.AverageWeightedQuantileLoss, _absoluteActual > 0 ? WeightedQuantileLosses.Average() : double.NaN);
                Put(AutoMLMetricExtendedEnum.WAPE, _absoluteActual > 0 ? _absoluteError / _absoluteActual : double.NaN);
                Put(AutoMLMetricExtendedEnum.RMSE, _points > 0 ? Math.Sqrt(_squaredError / _points) : double.NaN);
                Put(AutoMLMetricExtendedEnum.MAPE, _percentPoints > 0 ? _percentError / _percentPoints : double.NaN);
                Put(AutoMLMetricExtendedEnum.MASE, _maseItems > 0 ? _masesum / _maseItems : double.NaN);
                return values;
            }
        }

        /// <summary>The mean absolute change over a season in the history (over a step when the history is shorter than two seasons).</summary>
        internal static double NaiveScale(double[] history, int season)
        {
            int lag = season > 1 && history.Length > season ? season : 1;
            double sum = 0;
            int count = 0;
            for (int t = lag; t < history.Length; t++)
            {
                if (!double.IsNaN(history[t]) && !double.IsNaN(history[t - lag]))
                {
                    sum += Math.Abs(history[t] - history[t - lag]);
                    count++;
                }
            }

            return count == 0 ? 0 : sum / count;
        }
    }
}
