using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Tabular.Metrics
{
    /// <summary>
    /// The standard metrics, computed here rather than by ML.NET's evaluators so that single models and ensembles are
    /// scored the same way, every row counts with its sample weight, and the macro averages and balanced accuracy
    /// Autopilot reports (which ML.NET does not) are available. Definitions follow scikit-learn: a class's precision is
    /// 0 when it is never predicted; macro averages run over the classes present in the truth or the predictions;
    /// balanced accuracy is the mean recall over the classes present in the truth; log loss clips probabilities to
    /// [1e-15, 1 − 1e-15]. A metric that is undefined on these rows (AUC with one class present) is left out.
    /// </summary>
    internal static class MetricCalculator
    {
        private const double Epsilon = 1e-15;

        public static Dictionary<string, double> Compute(string problemType, ScoreTable scores, Truth truth)
        {
            return problemType switch
            {
                ProblemType.Regression => Regression(scores.Values!, truth),
                ProblemType.BinaryClassification => Binary(scores, truth),
                _ => Multiclass(scores, truth),
            };
        }

        private static Dictionary<string, double> Regression(double[] predicted, Truth truth)
        {
            double total = 0, squared = 0, absolute = 0, weightedSum = 0;
            for (int i = 0; i < predicted.Length; i++)
            {
                double w = truth.Weight(i), e = predicted[i] - truth.Values![i];
                total += w;
                squared += w * e * e;
                absolute += w * Math.Abs(e);
                weightedSum += w * truth.Values[i];
            }
            double mean = weightedSum / total, variance = 0;
            for (int i = 0; i < predicted.Length; i++)
            {
                double d = truth.Values![i] - mean;
                variance += truth.Weight(i) * d * d;
            }
            double mse = squared / total;
            return new Dictionary<string, double>
            {
                [AutoMLMetricExtendedEnum.MSE] = mse,
                [AutoMLMetricExtendedEnum.RMSE] = Math.Sqrt(mse),
                [AutoMLMetricExtendedEnum.MAE] = absolute / total,
                [AutoMLMetricExtendedEnum.R2] = variance > 0 ? 1 - squared / variance : (squared == 0 ? 1 : 0),
            };
        }

        private static Dictionary<string, double> Binary(ScoreTable scores, Truth truth)
        {
            var perClass = PerClass(scores, truth, 2);
            var metrics = new Dictionary<string, double>
            {
                [AutoMLMetricExtendedEnum.Accuracy] = perClass.Accuracy,
                [AutoMLMetricExtendedEnum.BalancedAccuracy] = perClass.BalancedAccuracy,
                [AutoMLMetricExtendedEnum.F1] = perClass.F1[1],
                [AutoMLMetricExtendedEnum.LogLoss] = LogLoss(scores, truth),
                [AutoMLMetricExtendedEnum.Precision] = perClass.Precision[1],
                [AutoMLMetricExtendedEnum.Recall] = perClass.Recall[1],
            };
            if (Auc(scores, truth) is double auc) metrics[AutoMLMetricExtendedEnum.AUC] = auc;
            return metrics;
        }

        private static Dictionary<string, double> Multiclass(ScoreTable scores, Truth truth)
        {
            int classes = scores.Probabilities![0].Length;
            var perClass = PerClass(scores, truth, classes);
            var averaged = Enumerable.Range(0, classes).Where(k => perClass.TrueWeight[k] > 0 || perClass.PredictedWeight[k] > 0).ToList();
            return new Dictionary<string, double>
            {
                [AutoMLMetricExtendedEnum.Accuracy] = perClass.Accuracy,
                [AutoMLMetricExtendedEnum.BalancedAccuracy] = perClass.BalancedAccuracy,
                [AutoMLMetricExtendedEnum.F1macro] = averaged.Average(k => perClass.F1[k]),
                [AutoMLMetricExtendedEnum.LogLoss] = LogLoss(scores, truth),
                [AutoMLMetricExtendedEnum.PrecisionMacro] = averaged.Average(k => perClass.Precision[k]),
                [AutoMLMetricExtendedEnum.RecallMacro] = averaged.Average(k => perClass.Recall[k]),
            };
        }

        /// <summary>Weighted per-class counts and the metrics built from them.</summary>
        public sealed class ClassStatistics
        {
            public required double[] TrueWeight { get; init; }
            public required double[] PredictedWeight { get; init; }
            public required double[] Precision { get; init; }
            public required double[] Recall { get; init; }
            public required double[] F1 { get; init; }
            public required double Accuracy { get; init; }
            public required double BalancedAccuracy { get; init; }
        }

        public static ClassStatistics PerClass(ScoreTable scores, Truth truth, int classes)
        {
            var correct = new double[classes];
            var trueWeight = new double[classes];
            var predictedWeight = new double[classes];
            double total = 0, hits = 0;
            for (int i = 0; i < scores.RowCount; i++)
            {
                double w = truth.Weight(i);
                int actual = truth.Classes![i], predicted = scores.PredictedClass(i);
                total += w;
                trueWeight[actual] += w;
                predictedWeight[predicted] += w;
                if (actual == predicted) { correct[actual] += w; hits += w; }
            }
            var precision = new double[classes];
            var recall = new double[classes];
            var f1 = new double[classes];
            for (int k = 0; k < classes; k++)
            {
                precision[k] = predictedWeight[k] > 0 ? correct[k] / predictedWeight[k] : 0;
                recall[k] = trueWeight[k] > 0 ? correct[k] / trueWeight[k] : 0;
                f1[k] = precision[k] + recall[k] > 0 ? 2 * precision[k] * recall[k] / (precision[k] + recall[k]) : 0;
            }
            var present = Enumerable.Range(0, classes).Where(k => trueWeight[k] > 0).ToList();
            return new ClassStatistics
            {
                TrueWeight = trueWeight,
                PredictedWeight = predictedWeight,
                Precision = precision,
                Recall = recall,
                F1 = f1,
                Accuracy = total > 0 ? hits / total : 0,
                BalancedAccuracy = present.Count > 0 ? present.Average(k => recall[k]) : 0,
            };
        }

        private static double LogLoss(ScoreTable scores, Truth truth)
        {
            double total = 0, loss = 0;
            for (int i = 0; i < scores.RowCount; i++)
            {
                double w = truth.Weight(i);
                double p = Math.Clamp(scores.Probabilities![i][truth.Classes![i]], Epsilon, 1 - Epsilon);
                total += w;
                loss -= w * Math.Log(p);
            }
            return loss / total;
        }

        // Weighted ROC AUC: the trapezoid area under the curve swept by lowering the threshold, rows with equal scores
        // taken together (so ties count one half).
        private static double? Auc(ScoreTable scores, Truth truth)
        {
            var order = Enumerable.Range(0, scores.RowCount).OrderByDescending(i => scores.Probabilities![i][1]).ToArray();
            double positives = 0, negatives = 0;
            foreach (int i in order)
            {
                if (truth.Classes![i] == 1) positives += truth.Weight(i);
                else negatives += truth.Weight(i);
            }
            if (positives <= 0 || negatives <= 0) return null;
            double tp = 0, fp = 0, area = 0;
            int at = 0;
            while (at < order.Length)
            {
                double score = scores.Probabilities![order[at]][1];
                double tpBefore = tp, fpBefore = fp;
                while (at < order.Length && scores.Probabilities[order[at]][1] == score)
                {
                    int i = order[at++];
                    if (truth.Classes![i] == 1) tp += truth.Weight(i);
                    else fp += truth.Weight(i);
                }
                area += (fp - fpBefore) * (tp + tpBefore) / 2;
            }
            return area / (positives * negatives);
        }
    }
}
