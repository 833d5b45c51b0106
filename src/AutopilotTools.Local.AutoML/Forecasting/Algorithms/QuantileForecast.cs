using System;
using System.Collections.Generic;

namespace AutopilotTools.Local.AutoML.Forecasting.Algorithms
{
    /// <summary>One series' forecast: the mean and each quantile (in the context's level order) for each step of the horizon.</summary>
    internal sealed class QuantileForecast
    {
        public QuantileForecast(double[] mean, double[][] quantiles)
        {
            Mean = mean;
            Quantiles = quantiles;
        }

        public double[] Mean { get; }

        /// <summary>[quantile][step], quantiles lowest level first.</summary>
        public double[][] Quantiles { get; }

        /// <summary>A forecast from a mean path and a spread per step, quantiles of a normal distribution around it.</summary>
        public static QuantileForecast Normal(double[] mean, double[] sigma, ForecastContext context)
        {
            var quantiles = new double[context.Levels.Length][];
            for (int q = 0; q < quantiles.Length; q++)
            {
                double z = Gaussian.InverseCdf(context.Levels[q]);
                quantiles[q] = new double[mean.Length];
                for (int h = 0; h < mean.Length; h++)
                {
                    quantiles[q][h] = mean[h] + (z * sigma[h]);
                }
            }

            return new QuantileForecast(mean, quantiles).Tidied(context);
        }

        /// <summary>Quantiles in order at every step (no crossing), and nothing below zero for a target that never is.</summary>
        public QuantileForecast Tidied(ForecastContext context)
        {
            int steps = Mean.Length;
            var column = new double[Quantiles.Length];
            for (int h = 0; h < steps; h++)
            {
                for (int q = 0; q < column.Length; q++)
                {
                    column[q] = Quantiles[q][h];
                }

                Array.Sort(column);
                for (int q = 0; q < column.Length; q++)
                {
                    Quantiles[q][h] = context.NonNegative ? Math.Max(0, column[q]) : column[q];
                }

                if (context.NonNegative)
                {
                    Mean[h] = Math.Max(0, Mean[h]);
                }
            }

            return this;
        }

        /// <summary>The weighted average of forecasts, quantile by quantile (how the ensemble combines its members).</summary>
        public static QuantileForecast Average(IReadOnlyList<(QuantileForecast Forecast, double Weight)> members, ForecastContext context)
        {
            int steps = members[0].Forecast.Mean.Length, levels = members[0].Forecast.Quantiles.Length;
            var mean = new double[steps];
            var quantiles = new double[levels][];
            for (int q = 0; q < levels; q++)
            {
                quantiles[q] = new double[steps];
            }

            double total = 0;
            foreach ((QuantileForecast forecast, double weight) in members)
            {
                total += weight;
                for (int h = 0; h < steps; h++)
                {
                    mean[h] += weight * forecast.Mean[h];
                    for (int q = 0; q < levels; q++)
                    {
                        quantiles[q][h] += weight * forecast.Quantiles[q][h];
                    }
                }
            }

            for (int h = 0; h < steps; h++)
            {
                mean[h] /= total;
                for (int q = 0; q < levels; q++)
                {
                    quantiles[q][h] /= total;
                }
            }

            return new QuantileForecast(mean, quantiles).Tidied(context);
        }
    }
}
