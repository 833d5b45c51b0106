using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace AutopilotTools.Bench.Training
{
    /// <summary>
    /// A generated binary-classification table of 20 feature columns — 12 numeric (two with 5% blanks), 8 categorical
    /// with 3 to 40 levels — and a true/false label drawn from a logistic model with main effects, an interaction, a
    /// threshold, a square and per-level category effects, so no model is perfect and trees have something to find.
    /// Written as two CSV files, training and validation, so the engine and the baseline use exactly the same split.
    /// </summary>
    internal static class TabularDataset
    {
        public const string Target = "label";

        public static readonly string[] NumericColumns = Enumerable.Range(0, 12).Select(i => $"n{i:D2}").ToArray();

        public static readonly int[] CategoryLevels = { 3, 4, 5, 6, 8, 12, 20, 40 };

        public static readonly string[] CategoricalColumns = Enumerable.Range(0, CategoryLevels.Length).Select(i => $"c{i}").ToArray();

        /// <summary>Writes train.csv and validation.csv (the last <paramref name="validationShare"/> of the rows).</summary>
        public static (string Training, string Validation) Write(string directory, int rows, double validationShare, int seed)
        {
            var random = new Random(seed);
            double[][] levelEffects = CategoryLevels.Select((levels, c) => Enumerable.Range(0, levels).Select(_ => Normal(random) * (c < 6 ? 0.6 : 0.1)).ToArray()).ToArray();
            string header = string.Join(",", NumericColumns.Concat(CategoricalColumns).Append(Target));
            string training = Path.Combine(directory, "train.csv");
            string validation = Path.Combine(directory, "validation.csv");
            int trainingRows = rows - (int)Math.Round(rows * validationShare);

            using var trainWriter = new StreamWriter(training, false, new UTF8Encoding(false));
            using var validWriter = new StreamWriter(validation, false, new UTF8Encoding(false));
            trainWriter.WriteLine(header);
            validWriter.WriteLine(header);
            var line = new StringBuilder();
            for (int r = 0; r < rows; r++)
            {
                double[] x = NumericColumns.Select(_ => Normal(random)).ToArray();
                int[] level = CategoryLevels.Select(levels => random.Next(levels)).ToArray();
                double logit = -0.7 + 0.8 * x[0] - 0.6 * x[1] + 0.5 * x[2] * x[3] + (x[4] > 0.5 ? 1.0 : 0) - 0.4 * x[5] * x[5] + 0.2 * x[6]
                    + level.Select((l, c) => levelEffects[c][l]).Sum();
                bool label = random.NextDouble() < 1 / (1 + Math.Exp(-logit));

                line.Clear();
                for (int i = 0; i < x.Length; i++)
                {
                    // Columns get their own scales, and two of them blanks, as real tables have.
                    bool blank = (i == 1 || i == 7) && random.NextDouble() < 0.05;
                    line.Append(blank ? string.Empty : (x[i] * (i + 1) * 10 + i * 100).ToString("0.###", CultureInfo.InvariantCulture)).Append(',');
                }

                for (int c = 0; c < level.Length; c++)
                {
                    line.Append(CategoricalColumns[c]).Append("_v").Append(level[c].ToString("D2", CultureInfo.InvariantCulture)).Append(',');
                }

                line.Append(label ? "true" : "false");
                (r < trainingRows ? trainWriter : validWriter).WriteLine(line);
            }

            return (training, validation);
        }

        private static double Normal(Random random) =>
            Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
    }
}
