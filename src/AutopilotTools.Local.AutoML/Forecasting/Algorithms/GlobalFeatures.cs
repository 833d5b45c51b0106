using System;
using AutopilotTools.Local.AutoML.Forecasting.Data;

namespace AutopilotTools.Local.AutoML.Forecasting.Algorithms
{
    /// <summary>
    /// The features of the global models: for a forecast origin T (the last known step) and a step h ahead, the
    /// step, the series' scale, its last values, the values one and more seasons before the target step, recent
    /// means, the target step's calendar and its covariates. Values are divided by the series' scale (its mean
    /// absolute value over the last weeks), so one model serves series of every size, as DeepAR's scaling does.
    /// </summary>
    internal sealed class GlobalFeatures
    {
        private readonly int _season;
        private readonly int _lags;
        private readonly int _covariates;

        public GlobalFeatures(ForecastContext context, int covariates)
        {
            _season = Math.Max(1, context.SeasonLength);
            _lags = Math.Min(Math.Max(2 * _season, 14), 28);
            _covariates = covariates;
            Count = 2 + _lags + 3 + 2 + 6 + covariates;
        }

        public int Count { get; }

        /// <summary>The series' scale at origin <paramref name="origin"/>: never zero.</summary>
        public double Scale(double[] y, int origin)
        {
            int window = Math.Max(28, 4 * _season);
            double sum = 0;
            int count = 0;
            for (int t = Math.Max(0, origin - window + 1); t <= origin; t++)
            {
                if (!double.IsNaN(y[t]))
                {
                    sum += Math.Abs(y[t]);
                    count++;
                }
            }

            double scale = count == 0 ? 0 : sum / count;
            return scale > 1e-9 ? scale : 1;
        }

        /// <summary>Writes the features of (origin, step) into <paramref name="row"/> (length <see cref="Count"/>).</summary>
        public void Write(Span<double> row, Series series, SeriesSet set, int origin, int step, double scale)
        {
            double[] y = series.Target;
            int t = origin + step, f = 0;
            double Value(int index) => index >= 0 && index <= origin ? y[index] / scale : double.NaN;

            row[f++] = step;
            row[f++] = Math.Log(1 + scale);
            for (int k = 0; k < _lags; k++)
            {
                row[f++] = Value(origin - k);
            }

            // The same season's latest known value, the one before, and the mean of the last four.
            int back = (((step - 1) / _season) + 1) * _season;
            row[f++] = Value(t - back);
            row[f++] = Value(t - back - _season);
            double seasonal = 0;
            int seasonalCount = 0;
            for (int k = 0; k < 4; k++)
            {
                double v = Value(t - back - (k * _season));
                if (!double.IsNaN(v))
                {
                    seasonal += v;
                    seasonalCount++;
                }
            }

            row[f++] = seasonalCount == 0 ? double.NaN : seasonal / seasonalCount;
            row[f++] = Mean(y, origin, _season, scale);
            row[f++] = Mean(y, origin, 4 * _season, scale);

            DateTime time = set.TimeOf(series.Length, t);
            row[f++] = time.Month;
            row[f++] = (int)time.DayOfWeek;
            row[f++] = time.Day;
            row[f++] = time.DayOfYear;
            row[f++] = time.Hour;
            row[f++] = time.Minute;
            for (int c = 0; c < _covariates; c++)
            {
                double[] values = series.Covariates[c];
                row[f++] = t < values.Length ? values[t] : double.NaN;
            }
        }

        private static double Mean(double[] y, int origin, int window, double scale)
        {
            double sum = 0;
            int count = 0;
            for (int t = Math.Max(0, origin - window + 1); t <= origin; t++)
            {
                if (!double.IsNaN(y[t]))
                {
                    sum += y[t];
                    count++;
                }
            }

            return count == 0 ? double.NaN : sum / count / scale;
        }
    }
}
