using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Catalog;
using AutopilotTools.Local.AutoML.Tabular.Data;
using AutopilotTools.Local.AutoML.Tabular.Metrics;

namespace AutopilotTools.Local.AutoML.Tabular.Scoring
{
    /// <summary>One column's importance: how much the objective worsens when its values are shuffled.</summary>
    internal sealed record FeatureImportance(string Feature, double Mean, double StdDev);

    /// <summary>
    /// Permutation importance on the validation rows, per original column (not per one-hot slot), for any scorer —
    /// ensembles included: shuffle one column, score again, and measure the drop in the objective (oriented so that a
    /// positive number means the column helps). Repeated with different shuffles and averaged.
    /// </summary>
    internal static class PermutationImportance
    {
        public static IReadOnlyList<FeatureImportance> Compute(IFrameScorer scorer, FeatureFrame rows, Truth truth, string problemType, string objective, int seed, int repeats = 3)
        {
            double Objective(FeatureFrame frame) =>
                ObjectiveMetrics.Oriented(objective, MetricCalculator.Compute(problemType, scorer.Score(frame), truth).GetValueOrDefault(objective));

            double baseline = Objective(rows);
            var random = new Random(seed);
            var results = new List<FeatureImportance>();
            for (int f = 0; f < rows.Columns.Count; f++)
            {
                var drops = new double[repeats];
                for (int r = 0; r < repeats; r++)
                {
                    var permutation = Enumerable.Range(0, rows.RowCount).ToArray();
                    for (int i = permutation.Length - 1; i > 0; i--)
                    {
                        int j = random.Next(i + 1);
                        (permutation[i], permutation[j]) = (permutation[j], permutation[i]);
                    }
                    drops[r] = baseline - Objective(rows.WithColumnPermuted(f, permutation));
                }
                double mean = drops.Average();
                double std = repeats > 1 ? Math.Sqrt(drops.Sum(d => (d - mean) * (d - mean)) / (repeats - 1)) : 0;
                results.Add(new FeatureImportance(rows.Columns[f].Name, mean, std));
            }
            return results.OrderByDescending(r => r.Mean).ToList();
        }
    }
}
