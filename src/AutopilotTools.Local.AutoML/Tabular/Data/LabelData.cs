using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Tabular.Data
{
    /// <summary>
    /// The target as the trainers take it: a float for regression, a boolean (positive class = true) for binary
    /// classification, a 1-based key into <see cref="LabelSet"/> for multiclass classification.
    /// </summary>
    internal sealed class LabelData
    {
        public const string ColumnName = "Label";

        private LabelData(string problemType, int rows, int classCount)
        {
            ProblemType = problemType;
            ClassCount = classCount;
            if (problemType == Model.ProblemType.Regression) Values = new float[rows];
            else if (problemType == Model.ProblemType.BinaryClassification) Flags = new bool[rows];
            else Keys = new uint[rows];
        }

        public string ProblemType { get; }
        public int ClassCount { get; }
        public float[]? Values { get; }
        public bool[]? Flags { get; }
        public uint[]? Keys { get; }

        /// <summary>Encodes targets; each is a label of <paramref name="labels"/> (classification) or a number (regression).</summary>
        public static LabelData Encode(string problemType, LabelSet? labels, System.Collections.Generic.IReadOnlyList<string> targets)
        {
            var data = new LabelData(problemType, targets.Count, labels?.Count ?? 0);
            for (int i = 0; i < targets.Count; i++)
            {
                if (data.Values != null) { CellValues.TryParseNumber(targets[i], out var v); data.Values[i] = (float)v; }
                else if (data.Flags != null) data.Flags[i] = labels!.IndexOf(targets[i]) == 1;
                else data.Keys![i] = (uint)(labels!.IndexOf(targets[i]) + 1);
            }
            return data;
        }
    }
}
