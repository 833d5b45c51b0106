using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Local.AutoML.Tabular.Metrics;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Pretrained.Classification
{
    /// <summary>
    /// The metrics text and image classification report (those of multiclass classification, whatever the label
    /// count), computed by the tabular engine's calculator so that every problem type scores the same way.
    /// </summary>
    internal static class ClassificationMetrics
    {
        public static Dictionary<string, double> Compute(double[][] probabilities, IReadOnlyList<int> truth) =>
            MetricCalculator.Compute(ProblemType.MulticlassClassification, ScoreTable.ForClasses(probabilities), new Truth(truth.ToArray(), null, null));

        /// <summary>The label with the highest probability (the first on ties).</summary>
        public static int Winner(double[] probabilities)
        {
            int best = 0;
            for (int k = 1; k < probabilities.Length; k++)
            {
                if (probabilities[k] > probabilities[best])
                {
                    best = k;
                }
            }

            return best;
        }

        /// <summary>Rows: true label; columns: predicted label.</summary>
        public static int[][] Confusion(double[][] probabilities, IReadOnlyList<int> truth, int labels)
        {
            int[][] matrix = Enumerable.Range(0, labels).Select(_ => new int[labels]).ToArray();
            for (int r = 0; r < truth.Count; r++)
            {
                matrix[truth[r]][Winner(probabilities[r])]++;
            }

            return matrix;
        }
    }
}
