using System.Collections.Generic;

namespace AutopilotTools.Local.AutoML.Tabular.Data
{
    /// <summary>Everything analysis settled before training: the split, the problem type, the labels, the features.</summary>
    internal sealed class PreparedData
    {
        public required IReadOnlyList<string> Header { get; init; }
        public required string TargetAttributeName { get; init; }
        public string? SampleWeightAttributeName { get; init; }
        public required string ProblemType { get; init; }
        public required bool ProblemTypeInferred { get; init; }
        /// <summary>Null for regression.</summary>
        public LabelSet? Labels { get; init; }
        public required DataSplit Training { get; init; }
        public required DataSplit Validation { get; init; }
        /// <summary>True when the validation rows were split off the training files rather than given.</summary>
        public required bool ValidationWasSplit { get; init; }
        public required IReadOnlyList<ColumnProfile> Profiles { get; init; }
        public required IReadOnlyList<FeatureColumn> Features { get; init; }
        public required long TrainingBytes { get; init; }
        public required int RowsRead { get; init; }
        public required int DroppedMissingTarget { get; init; }
        public required int DroppedInvalidWeight { get; init; }
        public required int DroppedUnseenLabel { get; init; }

        /// <summary>Every column but the target, in training order: what an inference row holds.</summary>
        public IReadOnlyList<string> InputColumns
        {
            get
            {
                var columns = new List<string>();
                foreach (var c in Header) if (c != TargetAttributeName) columns.Add(c);
                return columns;
            }
        }

        /// <summary>Reads a feature's raw cell from a row in header order.</summary>
        public System.Func<int, int, string?> CellReader(List<string?[]> rows)
        {
            var index = new int[Features.Count];
            for (int f = 0; f < Features.Count; f++) index[f] = IndexOf(Features[f].Name);
            return (f, r) => rows[r][index[f]];
        }

        public int IndexOf(string column)
        {
            for (int i = 0; i < Header.Count; i++) if (Header[i] == column) return i;
            return -1;
        }
    }
}
