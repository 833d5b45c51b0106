using System.Collections.Generic;

namespace AutopilotTools.Local.AutoML.Tabular.Data
{
    /// <summary>What analysis found in one column: the data exploration report's row for it.</summary>
    internal sealed class ColumnProfile
    {
        public required string Name { get; init; }
        public required ColumnKind Kind { get; init; }
        /// <summary>Why the kind was chosen, in words.</summary>
        public required string Reason { get; init; }
        public required int Rows { get; init; }
        public required int Missing { get; init; }
        public required int Distinct { get; init; }
        public double? Min { get; init; }
        public double? Max { get; init; }
        public double? Mean { get; init; }
        public double? StdDev { get; init; }
        public IReadOnlyList<KeyValuePair<string, int>> TopValues { get; init; } = new List<KeyValuePair<string, int>>();

        public bool IsDropped => Kind is ColumnKind.Identifier or ColumnKind.Constant;

        public string Treatment => Kind switch
        {
            ColumnKind.Numeric => Missing > 0 ? "numeric; missing values replaced by the mean, plus a missing indicator" : "numeric",
            ColumnKind.Categorical => "one-hot encoded",
            ColumnKind.HashedCategorical => "one-hot encoded into " + ColumnProfiler.HashBuckets + " hash buckets",
            ColumnKind.Text => "text: word and character n-grams (FeaturizeText)",
            ColumnKind.Identifier => "dropped: identifier",
            _ => "dropped: constant",
        };
    }
}
