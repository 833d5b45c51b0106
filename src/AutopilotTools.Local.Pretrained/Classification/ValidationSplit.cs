using System;
using System.Collections.Generic;
using System.Linq;

namespace AutopilotTools.Local.Pretrained.Classification
{
    /// <summary>
    /// A job's validation rows when it has no validation channel: <c>DataSplitConfig.ValidationFraction</c> of each
    /// label's examples (0.2 when not given, as Autopilot), drawn with a fixed seed so a job trains the same way twice.
    /// A label with a single example keeps it for training.
    /// </summary>
    internal static class ValidationSplit
    {
        public const double DefaultFraction = 0.2;

        private const int Seed = 20260;

        public static (int[] Training, int[] Validation) Split(IReadOnlyList<int> classes, double? fraction)
        {
            double share = fraction is double f && f > 0 && f < 1 ? f : DefaultFraction;
            var random = new Random(Seed);
            var training = new List<int>();
            var validation = new List<int>();
            foreach (IGrouping<int, int> label in Enumerable.Range(0, classes.Count).GroupBy(r => classes[r]))
            {
                int[] rows = label.OrderBy(_ => random.Next()).ToArray();
                int held = rows.Length < 2 ? 0 : Math.Clamp((int)Math.Round(rows.Length * share), 1, rows.Length - 1);
                validation.AddRange(rows.Take(held));
                training.AddRange(rows.Skip(held));
            }

            training.Sort();
            validation.Sort();
            return (training.ToArray(), validation.ToArray());
        }
    }
}
