namespace AutopilotTools.Local.AutoML.Tabular.Metrics
{
    /// <summary>
    /// A model's output for a set of rows: class probabilities (rows × labels, in label order; binary has two columns,
    /// negative then positive) for classification, predicted values for regression.
    /// </summary>
    internal sealed class ScoreTable
    {
        private ScoreTable(double[][]? probabilities, double[]? values)
        {
            Probabilities = probabilities;
            Values = values;
        }

        public double[][]? Probabilities { get; }
        public double[]? Values { get; }

        public int RowCount => Probabilities?.Length ?? Values!.Length;

        public static ScoreTable ForClasses(double[][] probabilities) => new ScoreTable(probabilities, null);

        public static ScoreTable ForValues(double[] values) => new ScoreTable(null, values);

        /// <summary>The class with the highest probability (binary: positive at 0.5 and above, ties to the first label).</summary>
        public int PredictedClass(int row)
        {
            var p = Probabilities![row];
            if (p.Length == 2) return p[1] >= 0.5 ? 1 : 0;
            int best = 0;
            for (int k = 1; k < p.Length; k++) if (p[k] > p[best]) best = k;
            return best;
        }
    }
}
