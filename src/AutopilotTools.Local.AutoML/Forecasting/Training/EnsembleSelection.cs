using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Local.AutoML.Forecasting.Algorithms;

namespace AutopilotTools.Local.AutoML.Forecasting.Training
{
    /// <summary>
    /// Ensemble weights from the backtest, by greedy forward selection with replacement (Caruana et al.): twenty
    /// rounds, each adding the member whose addition gives the best objective on the window; a member's weight is
    /// the share of rounds that chose it. A lone best algorithm ends with weight 1.
    /// </summary>
    internal static class EnsembleSelection
    {
        private const int Rounds = 20;

        public static double[] Weights(IReadOnlyList<QuantileForecast[]> members, Backtest backtest, string objective)
        {
            var counts = new int[members.Count];
            double best = double.PositiveInfinity;
            for (int round = 0; round < Rounds; round++)
            {
                int chosen = -1;
                double chosenValue = double.PositiveInfinity;
                for (int m = 0; m < members.Count; m++)
                {
                    counts[m]++;
                    double value = Objective(members, counts, backtest, objective);
                    counts[m]--;
                    if (value < chosenValue - 1e-12)
                    {
                        chosen = m;
                        chosenValue = value;
                    }
                }

                if (chosen < 0 || (round > 0 && chosenValue > best + 1e-12))
                {
                    break;
                }

                counts[chosen]++;
                best = Math.Min(best, chosenValue);
            }

            int total = counts.Sum();
            return counts.Select(c => total == 0 ? 1.0 / counts.Length : c / (double)total).ToArray();
        }

        public static QuantileForecast[] Combine(IReadOnlyList<QuantileForecast[]> members, IReadOnlyList<double> weights, ForecastContext context) =>
            Enumerable.Range(0, members[0].Length)
                .Select(i => QuantileForecast.Average(Enumerable.Range(0, members.Count).Where(m => weights[m] > 0).Select(m => (members[m][i], weights[m])).ToList(), context))
                .ToArray();

        private static double Objective(IReadOnlyList<QuantileForecast[]> members, int[] counts, Backtest backtest, string objective)
        {
            QuantileForecast[] combined = Combine(members, counts.Select(c => (double)c).ToArray(), backtest.Context);
            return backtest.Score(combined).Values.TryGetValue(objective, out double value) ? value : double.PositiveInfinity;
        }
    }
}
