using System;
using System.Collections.Generic;
using System.Linq;

namespace AutopilotTools.Local.AutoML.Forecasting.Algorithms
{
    /// <summary>
    /// <c>prophet</c>: Prophet's additive decomposition fitted by ridge least squares rather than Stan: a piecewise
    /// linear trend (8 potential changepoints in the first 80% of the history, their slope changes shrunk as
    /// Prophet's sparse prior shrinks them), Fourier terms of the season (up to 3 harmonics) and, with at least a
    /// year and a half of history, of the year (4 harmonics). Intervals are normal with the residuals' spread.
    /// </summary>
    internal sealed class ProphetLikeForecaster : LocalForecaster
    {
        private const int Changepoints = 8;

        public override string Algorithm => Model.AutoMLAlgorithm.Prophet;

        public override string StandIn => "piecewise-linear trend + Fourier seasonalities (Prophet's model) fitted by ridge least squares";

        protected override QuantileForecast ForecastHistory(double[] y, int season)
        {
            int n = y.Length, horizon = Context.Horizon;
            double stepsPerYear = Context.Frequency.StepsPerYear;
            bool yearly = stepsPerYear > 2 * Math.Max(season, 2) && n >= 1.5 * stepsPerYear;
            double[] changepoints = Enumerable.Range(1, Changepoints).Select(k => 0.8 * k / (Changepoints + 1)).ToArray();
            double[] Row(int t)
            {
                double x = t / (double)n;
                var row = new List<double> { 1, x };
                row.AddRange(changepoints.Select(c => Math.Max(0, x - c)));
                for (int k = 1; season > 1 && k <= Math.Min(3, season / 2); k++)
                {
                    row.Add(Math.Sin(2 * Math.PI * k * t / season));
                    row.Add(Math.Cos(2 * Math.PI * k * t / season));
                }

                for (int k = 1; yearly && k <= 4; k++)
                {
                    row.Add(Math.Sin(2 * Math.PI * k * t / stepsPerYear));
                    row.Add(Math.Cos(2 * Math.PI * k * t / stepsPerYear));
                }

                return row.ToArray();
            }

            double[][] design = Enumerable.Range(0, n).Select(Row).ToArray();
            var penalties = new double[design[0].Length];
            for (int c = 2; c < 2 + Changepoints; c++)
            {
                // Slope changes cost: a change must explain a real share of the variance to be taken.
                penalties[c] = 0.05 * n;
            }

            for (int c = 2 + Changepoints; c < penalties.Length; c++)
            {
                penalties[c] = 1e-3 * n;
            }

            double[] beta = LeastSquares.Solve(design, y, penalties);
            double sse = 0;
            for (int t = 0; t < n; t++)
            {
                double fitted = Dot(beta, design[t]);
                sse += (y[t] - fitted) * (y[t] - fitted);
            }

            double sigma = Math.Sqrt(sse / Math.Max(1, n - beta.Length));
            double[] mean = Enumerable.Range(n, horizon).Select(t => Dot(beta, Row(t))).ToArray();
            return QuantileForecast.Normal(mean, Enumerable.Repeat(sigma, horizon).ToArray(), Context);
        }

        private static double Dot(double[] a, double[] b)
        {
            double sum = 0;
            for (int i = 0; i < a.Length; i++)
            {
                sum += a[i] * b[i];
            }

            return sum;
        }
    }
}
