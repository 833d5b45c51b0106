namespace AutopilotTools.Local.AutoML.Tabular.Metrics
{
    /// <summary>The validation rows' true targets (class indexes or values) and weights, for scoring.</summary>
    internal sealed class Truth
    {
        public Truth(int[]? classes, double[]? values, double[]? weights)
        {
            Classes = classes;
            Values = values;
            Weights = weights;
        }

        public int[]? Classes { get; }
        public double[]? Values { get; }
        public double[]? Weights { get; }

        public int RowCount => Classes?.Length ?? Values!.Length;

        public double Weight(int row) => Weights?[row] ?? 1.0;
    }
}
