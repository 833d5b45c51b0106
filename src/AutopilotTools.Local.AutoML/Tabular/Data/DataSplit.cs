using System.Collections.Generic;

namespace AutopilotTools.Local.AutoML.Tabular.Data
{
    /// <summary>The rows of one side of the split: raw cells in header order, the target text, the weights.</summary>
    internal sealed class DataSplit
    {
        public List<string?[]> Rows { get; } = new List<string?[]>();
        public List<string> Targets { get; } = new List<string>();
        /// <summary>Null when the job has no sample weights.</summary>
        public List<float>? Weights { get; init; }

        public int Count => Rows.Count;

        public void Add(string?[] row, string target, float? weight)
        {
            Rows.Add(row);
            Targets.Add(target);
            if (weight is float w) Weights?.Add(w);
        }
    }
}
