using System;
using System.Linq;
using AutopilotTools.Local.AutoML.Tabular.Data;
using AutopilotTools.Local.AutoML.Tabular.Metrics;
using AutopilotTools.Model;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace AutopilotTools.Local.AutoML.Tabular.Scoring
{
    /// <summary>
    /// Scores rows with one ML.NET model (featurizer and trainer): binary models give Probability (of the positive
    /// class), multiclass models a Score vector in key order (= label order), regression a Score.
    /// </summary>
    internal sealed class ModelScorer : IFrameScorer
    {
        private readonly ITransformer _model;
        private readonly string _problemType;
        private readonly int _classes;

        public ModelScorer(ITransformer model, string problemType, int classes)
        {
            _model = model;
            _problemType = problemType;
            _classes = classes;
        }

        public ScoreTable Score(FeatureFrame frame)
        {
            var scored = _model.Transform(new FrameDataView(frame.WithoutTarget()));
            int rows = frame.RowCount;
            switch (_problemType)
            {
                case ProblemType.BinaryClassification:
                {
                    var probabilities = new double[rows][];
                    int r = 0;
                    foreach (var p in Read<float>(scored, "Probability"))
                    {
                        double positive = float.IsNaN(p) ? 0.5 : Math.Clamp(p, 0f, 1f);
                        probabilities[r++] = new[] { 1 - positive, positive };
                    }
                    return ScoreTable.ForClasses(probabilities);
                }
                case ProblemType.MulticlassClassification:
                {
                    var probabilities = new double[rows][];
                    int r = 0;
                    foreach (var scores in Read<VBuffer<float>>(scored, "Score"))
                        probabilities[r++] = Normalize(scores.DenseValues().Select(v => (double)v).ToArray());
                    return ScoreTable.ForClasses(probabilities);
                }
                default:
                    return ScoreTable.ForValues(Read<float>(scored, "Score").Select(v => (double)v).ToArray());
            }
        }

        private static System.Collections.Generic.IEnumerable<T> Read<T>(IDataView view, string column)
        {
            var col = view.Schema.GetColumnOrNull(column)
                ?? throw new InvalidOperationException($"The model produces no '{column}' column.");
            using var cursor = view.GetRowCursor(new[] { col });
            var getter = cursor.GetGetter<T>(col);
            T value = default!;
            while (cursor.MoveNext())
            {
                getter(ref value);
                yield return value;
            }
        }

        // One-versus-all and maximum-entropy scores are per-class probabilities; they are made to sum to one so every
        // model (and the ensemble average) reports a distribution.
        private double[] Normalize(double[] scores)
        {
            var p = new double[_classes];
            for (int k = 0; k < _classes && k < scores.Length; k++) p[k] = double.IsNaN(scores[k]) ? 0 : Math.Max(0, scores[k]);
            double sum = p.Sum();
            if (sum <= 0) return Enumerable.Repeat(1.0 / _classes, _classes).ToArray();
            for (int k = 0; k < _classes; k++) p[k] /= sum;
            return p;
        }
    }
}
