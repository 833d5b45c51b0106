using System;
using System.Collections.Generic;
using System.Linq;

namespace AutopilotTools.Local.AutoML.Forecasting.Algorithms
{
    /// <summary>
    /// <c>arima</c>: a seasonal autoregressive model, ARIMA(p, d, 0) with seasonal AR lags, fitted by (lightly
    /// ridged) least squares: lags 1…3 and one and two seasons back, on the series (d = 0) or its first differences
    /// (d = 1), whichever fits the history's one-step changes better. No moving-average terms (they need maximum
    /// likelihood). Forecasts are the recursion; intervals are normal with the ψ-weights' h-step variance.
    /// </summary>
    internal sealed class AutoregressiveForecaster : LocalForecaster
    {
        private const int ShortLags = 3;

        public override string Algorithm => Model.AutoMLAlgorithm.Arima;

        public override string StandIn => "seasonal AR(3) with seasonal lags on the series or its differences, fitted by least squares";

        protected override QuantileForecast ForecastHistory(double[] y, int season)
        {
            Ar? levels = Ar.Fit(y, Lags(y.Length, season));
            double[] differences = y.Skip(1).Select((v, i) => v - y[i]).ToArray();
            Ar? changes = Ar.Fit(differences, Lags(differences.Length, season));

            // Compared on the same footing, one-step errors of y; differencing must earn its place (5% better).
            bool differenced = changes != null && (levels == null || changes.Sigma < 0.95 * levels.Sigma);
            Ar model = (differenced ? changes : levels) ?? Ar.Constant(y);
            double[] series = differenced ? differences : y;
            int horizon = Context.Horizon;
            double[] path = model.Path(series, horizon);
            double[] psi = model.Psi(horizon);
            if (differenced)
            {
                // Integrated: the level is the last value plus the changes; its ψ-weights are cumulative.
                double last = y[^1];
                for (int h = 0; h < horizon; h++)
                {
                    last += path[h];
                    path[h] = last;
                }

                for (int j = 1; j < horizon; j++)
                {
                    psi[j] += psi[j - 1];
                }
            }

            // A fit whose recursion runs away is held within a band around the history.
            double low = y.Min(), high = y.Max(), range = Math.Max(high - low, 1e-9);
            var spread = new double[horizon];
            double sum = 0;
            for (int h = 0; h < horizon; h++)
            {
                path[h] = Math.Clamp(path[h], low - range, high + range);
                sum += psi[h] * psi[h];
                spread[h] = Math.Min(model.Sigma * Math.Sqrt(sum), 2 * range);
            }

            return QuantileForecast.Normal(path, spread, Context);
        }

        private static int[] Lags(int length, int season)
        {
            var lags = Enumerable.Range(1, Math.Min(ShortLags, Math.Max(1, length / 10))).ToList();
            for (int k = 1; k <= 2 && season > 1; k++)
            {
                if (length >= (k * season) + 10 + (2 * season) && !lags.Contains(k * season))
                {
                    lags.Add(k * season);
                }
            }

            return lags.ToArray();
        }

        /// <summary>An AR polynomial with an intercept.</summary>
        private sealed class Ar
        {
            private Ar(int[] lags, double[] coefficients, double sigma)
            {
                Lags = lags;
                Coefficients = coefficients;
                Sigma = sigma;
            }

            public int[] Lags { get; }

            /// <summary>The intercept, then one per lag.</summary>
            public double[] Coefficients { get; }

            public double Sigma { get; }

            public static Ar Constant(double[] y) => new Ar(Array.Empty<int>(), new[] { y.Average() }, StandardDeviation(y));

            public static Ar? Fit(double[] z, int[] lags)
            {
                int maxLag = lags.Max();
                int rows = z.Length - maxLag;
                if (rows < lags.Length + 5)
                {
                    return null;
                }

                var design = new double[rows][];
                var target = new double[rows];
                for (int r = 0; r < rows; r++)
                {
                    int t = r + maxLag;
                    design[r] = new double[lags.Length + 1];
                    design[r][0] = 1;
                    for (int l = 0; l < lags.Length; l++)
                    {
                        design[r][l + 1] = z[t - lags[l]];
                    }

                    target[r] = z[t];
                }

                double[] coefficients = LeastSquares.Solve(design, target, 1e-6 * rows);
                double sse = 0;
                for (int r = 0; r < rows; r++)
                {
                    double fitted = 0;
                    for (int c = 0; c < coefficients.Length; c++)
                    {
                        fitted += coefficients[c] * design[r][c];
                    }

                    sse += (target[r] - fitted) * (target[r] - fitted);
                }

                return new Ar(lags, coefficients, Math.Sqrt(sse / Math.Max(1, rows - coefficients.Length)));
            }

            /// <summary>The recursion's forecast of the next <paramref name="horizon"/> values.</summary>
            public double[] Path(double[] z, int horizon)
            {
                var extended = new List<double>(z);
                var path = new double[horizon];
                for (int h = 0; h < horizon; h++)
                {
                    double next = Coefficients[0];
                    for (int l = 0; l < Lags.Length; l++)
                    {
                        next += Coefficients[l + 1] * extended[extended.Count - Lags[l]];
                    }

                    extended.Add(next);
                    path[h] = next;
                }

                return path;
            }

            /// <summary>ψ₀ = 1, ψⱼ = Σ φₗ ψⱼ₋ₗ: the h-step error is Σⱼ₍ₕ ψⱼ εₜ₊ₕ₋ⱼ.</summary>
            public double[] Psi(int horizon)
            {
                var psi = new double[horizon];
                for (int j = 0; j < horizon; j++)
                {
                    psi[j] = j == 0 ? 1 : 0;
                    for (int l = 0; l < Lags.Length; l++)
                    {
                        if (j - Lags[l] >= 0)
                        {
                            psi[j] += Coefficients[l + 1] * psi[j - Lags[l]];
                        }
                    }
                }

                return psi;
            }
        }
    }
}
