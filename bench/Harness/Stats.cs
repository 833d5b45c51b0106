using System;
using System.Collections.Generic;
using System.Linq;

namespace AutopilotTools.Bench.Harness
{
    /// <summary>Order statistics of a sample: medians and percentiles resist the outliers a busy machine produces.</summary>
    internal static class Stats
    {
        public static double Median(IEnumerable<double> values) => Percentile(values, 50);

        /// <summary>The p-th percentile (0–100), interpolated linearly between the two nearest ranks.</summary>
        public static double Percentile(IEnumerable<double> values, double p)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            if (sorted.Length == 0)
            {
                throw new ArgumentException("No values to take a percentile of.", nameof(values));
            }

            double rank = p / 100 * (sorted.Length - 1);
            int below = (int)Math.Floor(rank);
            int above = Math.Min(below + 1, sorted.Length - 1);
            return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
        }
    }
}
