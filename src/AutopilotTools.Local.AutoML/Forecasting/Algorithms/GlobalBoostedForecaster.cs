using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using AutopilotTools.Local.AutoML.Forecasting.Data;

namespace AutopilotTools.Local.AutoML.Forecasting.Algorithms
{
    /// <summary>
    /// The deep models' stand-in: one gradient-boosted model (LightGBM) across every series, on lag, seasonal,
    /// calendar and covariate features (<see cref="GlobalFeatures"/>), trained on forecast origins spread over the
    /// end of each history, and forecasting every step of the horizon directly. <c>cnn-qr</c> (CNN quantile
    /// regression) becomes one LightGBM per quantile with the quantile (pinball) objective; <c>deepar</c> (a
    /// likelihood model) one LightGBM of the mean and a normal spread per step from its residuals.
    /// </summary>
    internal sealed class GlobalBoostedForecaster : IForecaster
    {
        /// <summary>About this many training rows at most (items × origins × steps).</summary>
        private const int RowBudget = 80_000;

        private readonly bool _quantileRegression;

        private GlobalBoostedForecaster(bool quantileRegression) => _quantileRegression = quantileRegression;

        public static GlobalBoostedForecaster CnnQr { get; } = new GlobalBoostedForecaster(true);

        public static GlobalBoostedForecaster DeepAr { get; } = new GlobalBoostedForecaster(false);

        public string Algorithm => _quantileRegression ? Model.AutoMLAlgorithm.CnnQr : Model.AutoMLAlgorithm.Deepar;

        public string StandIn => _quantileRegression
            ? "a global LightGBM per quantile (quantile objective) on lag, seasonal, calendar and covariate features, forecasting each step directly"
            : "a global LightGBM of the mean on lag, seasonal, calendar and covariate features, with a normal spread per step from its residuals";

        public IForecastModel Fit(SeriesSet history, ForecastContext context, CancellationToken cancellationToken)
        {
            var features = new GlobalFeatures(context, history.Covariates.Count);
            (double[] rows, float[] labels, int[] steps) = TrainingRows(history, context, features);
            int count = labels.Length;
            if (count < 50)
            {
                throw new AutoMLDataException($"{Algorithm}: the series are too short to learn from ({count} training rows).");
            }

            string common = string.Create(CultureInfo.InvariantCulture,
                $"num_leaves=31 learning_rate=0.08 min_data_in_leaf={Math.Max(20, count / 1000)} feature_fraction=0.9 bagging_fraction=0.8 bagging_freq=1 lambda_l2=1 max_bin=63 num_threads=1 verbosity=-1 seed=17 deterministic=true force_row_wise=true");
            const int iterations = 100;
            var boosters = new List<LightGbmBooster>();
            double[] spread = Array.Empty<double>();
            if (_quantileRegression)
            {
                // One thread per booster and the boosters side by side: LightGBM's OpenMP threads spin while they wait,
                // which costs dearly on a machine that others share.
                var trained = new LightGbmBooster[context.Levels.Length];
                System.Threading.Tasks.Parallel.For(0, trained.Length, new System.Threading.Tasks.ParallelOptions { CancellationToken = cancellationToken }, q =>
                    trained[q] = LightGbmBooster.Train(rows, count, features.Count, labels, common + string.Create(CultureInfo.InvariantCulture, $" objective=quantile alpha={context.Levels[q]}"), iterations));
                boosters.AddRange(trained);
            }
            else
            {
                LightGbmBooster mean = LightGbmBooster.Train(rows, count, features.Count, labels, common + " objective=regression", iterations);
                boosters.Add(mean);
                double[] fitted = mean.Predict(rows, count, features.Count);
                var squares = new double[context.Horizon + 1];
                var counts = new int[context.Horizon + 1];
                for (int i = 0; i < count; i++)
                {
                    squares[steps[i]] += (labels[i] - fitted[i]) * (labels[i] - fitted[i]);
                    counts[steps[i]]++;
                }

                // In-sample residuals understate the error of new data a little; the spread is widened by a quarter.
                spread = Enumerable.Range(0, context.Horizon + 1).Select(h => counts[h] == 0 ? 0 : 1.25 * Math.Sqrt(squares[h] / counts[h])).ToArray();
                for (int h = 1; h < spread.Length; h++)
                {
                    spread[h] = Math.Max(spread[h], spread[h - 1]);
                }
            }

            return new Fitted(this, context, features, boosters, spread);
        }

        public IForecastModel Load(string directory, ForecastContext context)
        {
            var saved = JsonSerializer.Deserialize<SavedModel>(File.ReadAllText(Path.Combine(directory, "model.json")))
                ?? throw new InvalidDataException($"{Algorithm}: model.json is empty.");
            var boosters = saved.Boosters.Select(b => LightGbmBooster.Load(File.ReadAllText(Path.Combine(directory, b)))).ToList();
            return new Fitted(this, context, new GlobalFeatures(context, saved.Covariates), boosters, saved.Spread);
        }

        /// <summary>Rows for origins spread over each history's end: the last ones first, every step with a known target.</summary>
        private static (double[] Rows, float[] Labels, int[] Steps) TrainingRows(SeriesSet history, ForecastContext context, GlobalFeatures features)
        {
            int horizon = context.Horizon;
            int origins = Math.Clamp(RowBudget / Math.Max(1, history.Series.Count * horizon), 4, 60);
            int stride = Math.Max(1, horizon / 3);
            if (context.SeasonLength > 1 && stride % context.SeasonLength == 0)
            {
                // Origins on every weekday (hour…), not the same one each time.
                stride++;
            }

            var rows = new List<double>();
            var labels = new List<float>();
            var steps = new List<int>();
            var row = new double[features.Count];
            int minimumOrigin = Math.Min(2 * Math.Max(1, context.SeasonLength), 14);
            foreach (Series series in history.Series)
            {
                double[] y = series.Target;
                for (int k = 0, origin = y.Length - 2; k < origins && origin >= minimumOrigin; k++, origin -= stride)
                {
                    double scale = features.Scale(y, origin);
                    for (int h = 1; h <= horizon && origin + h < y.Length; h++)
                    {
                        if (double.IsNaN(y[origin + h]))
                        {
                            continue;
                        }

                        features.Write(row, series, history, origin, h, scale);
                        rows.AddRange(row);
                        labels.Add((float)(y[origin + h] / scale));
                        steps.Add(h);
                    }
                }
            }

            return (rows.ToArray(), labels.ToArray(), steps.ToArray());
        }

        private sealed class SavedModel
        {
            public int Covariates { get; set; }

            public List<string> Boosters { get; set; } = new List<string>();

            public double[] Spread { get; set; } = Array.Empty<double>();
        }

        private sealed class Fitted : IForecastModel, IDisposable
        {
            private readonly GlobalBoostedForecaster _forecaster;
            private readonly ForecastContext _context;
            private readonly GlobalFeatures _features;
            private readonly IReadOnlyList<LightGbmBooster> _boosters;
            private readonly double[] _spread;

            public Fitted(GlobalBoostedForecaster forecaster, ForecastContext context, GlobalFeatures features, IReadOnlyList<LightGbmBooster> boosters, double[] spread)
            {
                _forecaster = forecaster;
                _context = context;
                _features = features;
                _boosters = boosters;
                _spread = spread;
            }

            public QuantileForecast Forecast(Series series, SeriesSet set)
            {
                int horizon = _context.Horizon, origin = series.Length - 1;
                double[] y = LocalForecaster.Clean(series.Target);
                var clean = new Series(series.Key, y.Length == 0 ? new double[] { 0 } : y, series.Covariates);
                origin = clean.Length - 1;
                double scale = _features.Scale(clean.Target, origin);
                var rows = new double[horizon * _features.Count];
                for (int h = 1; h <= horizon; h++)
                {
                    _features.Write(rows.AsSpan((h - 1) * _features.Count, _features.Count), clean, set, origin, h, scale);
                }

                double[][] predictions = _boosters.Select(b => b.Predict(rows, horizon, _features.Count).Select(v => v * scale).ToArray()).ToArray();
                if (_forecaster._quantileRegression)
                {
                    // The mean of a distribution known by its quantiles: their average is the best guess at hand.
                    double[] mean = Enumerable.Range(0, horizon).Select(h => predictions.Average(p => p[h])).ToArray();
                    return new QuantileForecast(mean, predictions).Tidied(_context);
                }

                double[] sigma = Enumerable.Range(1, horizon).Select(h => _spread[Math.Min(h, _spread.Length - 1)] * scale).ToArray();
                return QuantileForecast.Normal(predictions[0], sigma, _context);
            }

            /// <summary>Frees the native boosters.</summary>
            public void Dispose()
            {
                foreach (LightGbmBooster booster in _boosters)
                {
                    booster.Dispose();
                }
            }

            public void Save(string directory)
            {
                Directory.CreateDirectory(directory);
                var saved = new SavedModel { Covariates = _features.Count - new GlobalFeatures(_context, 0).Count, Spread = _spread };
                for (int b = 0; b < _boosters.Count; b++)
                {
                    string file = $"booster-{b}.txt";
                    File.WriteAllText(Path.Combine(directory, file), _boosters[b].ModelString());
                    saved.Boosters.Add(file);
                }

                File.WriteAllText(Path.Combine(directory, "model.json"), JsonSerializer.Serialize(saved));
            }
        }
    }
}
