using System;
using System.Collections.Generic;

namespace AutopilotTools.Local.AutoML.Tabular.Data
{
    /// <summary>
    /// Rows parsed into typed columns: a float array per numeric feature (NaN = missing), a text array per string
    /// feature, plus the label and the weights when training. Built the same way for training and for prediction, so
    /// both see the same values; <see cref="FrameDataView"/> presents it to ML.NET.
    /// </summary>
    internal sealed class FeatureFrame
    {
        public const string WeightColumn = "Weight";

        private readonly Array[] _columns;

        private FeatureFrame(IReadOnlyList<FeatureColumn> columns, Array[] data, int rows, LabelData? label, float[]? weights)
        {
            Columns = columns;
            _columns = data;
            RowCount = rows;
            Label = label;
            Weights = weights;
        }

        public IReadOnlyList<FeatureColumn> Columns { get; }
        public int RowCount { get; }
        public LabelData? Label { get; }
        public float[]? Weights { get; }

        /// <summary>The column's values: <c>float[]</c> for numeric features, <c>ReadOnlyMemory&lt;char&gt;[]</c> otherwise.</summary>
        public Array Column(int index) => _columns[index];

        /// <param name="columns">The features, in model order.</param>
        /// <param name="rowCount">How many rows.</param>
        /// <param name="cell">Reads a feature's raw cell from a row (feature index, row).</param>
        /// <param name="label">The encoded label, when training.</param>
        /// <param name="weights">The row weights, when the job has them.</param>
        public static FeatureFrame Build(IReadOnlyList<FeatureColumn> columns, int rowCount, Func<int, int, string?> cell, LabelData? label = null, float[]? weights = null)
        {
            var data = new Array[columns.Count];
            for (int c = 0; c < columns.Count; c++)
            {
                if (columns[c].IsNumeric)
                {
                    var values = new float[rowCount];
                    for (int r = 0; r < rowCount; r++) values[r] = CellValues.ToFeature(cell(c, r));
                    data[c] = values;
                }
                else
                {
                    var values = new ReadOnlyMemory<char>[rowCount];
                    for (int r = 0; r < rowCount; r++) values[r] = CellValues.ToText(cell(c, r)).AsMemory();
                    data[c] = values;
                }
            }
            return new FeatureFrame(columns, data, rowCount, label, weights);
        }

        /// <summary>The same rows with one feature's values shuffled: what permutation importance scores.</summary>
        public FeatureFrame WithColumnPermuted(int feature, int[] permutation)
        {
            var data = (Array[])_columns.Clone();
            var source = _columns[feature];
            var shuffled = Array.CreateInstance(source.GetType().GetElementType()!, RowCount);
            for (int r = 0; r < RowCount; r++) shuffled.SetValue(source.GetValue(permutation[r]), r);
            data[feature] = shuffled;
            return new FeatureFrame(Columns, data, RowCount, Label, Weights);
        }

        /// <summary>The same rows without label and weights: the input schema a saved model expects.</summary>
        public FeatureFrame WithoutTarget() => new FeatureFrame(Columns, _columns, RowCount, null, null);
    }
}
