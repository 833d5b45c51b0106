using System;

namespace AutopilotTools.Local.AutoML.Forecasting.Algorithms
{
    /// <summary>
    /// <c>ets</c>: additive Holt–Winters exponential smoothing (level, optionally damped trend, season), its
    /// smoothing parameters chosen on a grid by the one-step-ahead squared error; without a season, Holt's linear
    /// method. Prediction intervals are normal with the variance of the additive model's h-step error
    /// (Hyndman et al., class 1: σ²[1 + Σ (α(1 + jβ) + γ·[j mod m = 0])²]).
    /// </summary>
    internal sealed class HoltWintersForecaster : LocalForecaster
    {
        private static readonly double[] Alphas = { 0.05, 0.1, 0.2, 0.3, 0.5, 0.8 };
        private static readonly double[] Betas = { 0, 0.02, 0.1 };
        private static readonly double[] Gammas = { 0.05, 0.15, 0.3 };

        // Undamped first: on a tie (an exact trend) the plain trend is kept.
        private static readonly double[] Phis = { 1, 0.98, 0.9 };

        public override string Algorithm => Model.AutoMLAlgorithm.Ets;

        public override string StandIn => "additive Holt-Winters (damped trend, season), smoothing parameters chosen by one-step error";

        protected override QuantileForecast ForecastHistory(double[] y, int season)
        {
            Smoothing best = default;
            best.Sse = double.PositiveInfinity;
            foreach (double phi in Phis)
            {
                foreach (double alpha in Alphas)
                {
                    foreach (double beta in Betas)
                    {
                        foreach (double gamma in season > 1 ? Gammas : new[] { 0.0 })
                        {
                            Smoothing fit = Run(y, season, alpha, beta, gamma, phi, null);
                            if (fit.Sse < best.Sse - 1e-9)
                            {
                                best = fit;
                            }
                        }
                    }
                }
            }

            var seasonal = new double[y.Length];
            Smoothing final = Run(y, season, best.Alpha, best.Beta, best.Gamma, best.Phi, seasonal);
            int horizon = Context.Horizon, n = y.Length;
            double sigma = Math.Sqrt(final.Sse / Math.Max(1, final.Count));
            var mean = new double[horizon];
            var spread = new double[horizon];
            double damped = 0, variance = 1;
            for (int h = 1; h <= horizon; h++)
            {
                damped += Math.Pow(final.Phi, h);
                double season_ = season > 1 ? seasonal[n - 1 + h - ((((h - 1) / season) + 1) * season)] : 0;
                mean[h - 1] = final.Level + (damped * final.Trend) + season_;
                spread[h - 1] = sigma * Math.Sqrt(variance);
                double c = (final.Alpha * (1 + (h * final.Beta))) + (season > 1 && h % season == 0 ? final.Gamma : 0);
                variance += c * c;
            }

            return QuantileForecast.Normal(mean, spread, Context);
        }

        /// <summary>Runs the recursions; fills <paramref name="seasonal"/> (one value per step) when given.</summary>
        private static Smoothing Run(double[] y, int m, double alpha, double beta, double gamma, double phi, double[]? seasonal)
        {
            int n = y.Length;
            seasonal ??= new double[n];
            double level, trend;
            int start;
            if (m > 1)
            {
                double first = 0, second = 0;
                for (int i = 0; i < m; i++)
                {
                    first += y[i];
                    second += y[i + m];
                }

                first /= m;
                second /= m;
                trend = (second - first) / m;
                level = first + (trend * (m - 1) / 2);
                for (int i = 0; i < m; i++)
                {
                    seasonal[i] = y[i] - (first + (trend * (i - ((m - 1) / 2.0))));
                }

                start = m;
            }
            else
            {
                level = y[0];
                trend = y[1] - y[0];
                start = 1;
            }

            double sse = 0;
            for (int t = start; t < n; t++)
            {
                double s = m > 1 ? seasonal[t - m] : 0;
                double error = y[t] - (level + (phi * trend) + s);
                sse += error * error;
                double previous = level;
                level = (alpha * (y[t] - s)) + ((1 - alpha) * (level + (phi * trend)));
                trend = (beta * (level - previous)) + ((1 - beta) * phi * trend);
                if (m > 1)
                {
                    seasonal[t] = (gamma * (y[t] - level)) + ((1 - gamma) * s);
                }
            }

            return new Smoothing { Alpha = alpha, Beta = beta, Gamma = gamma, Phi = phi, Level = level, Trend = trend, Sse = sse, Count = n - start };
        }

        private struct Smoothing
        {
            public double Alpha, Beta, Gamma, Phi, Level, Trend, Sse;
            public int Count;
        }
    }
}
