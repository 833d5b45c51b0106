using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seeds (boto3 AutoMLJobObjective.MetricName, CLI v2 --auto-ml-job-objective): the metrics available depend on
    /// the problem type — regression: MAE, MSE, R2, RMSE; binary classification: Accuracy, AUC, BalancedAccuracy,
    /// F1, Precision, Recall; multiclass: Accuracy, BalancedAccuracy, F1macro, PrecisionMacro, RecallMacro; image
    /// and text classification: Accuracy; time-series: RMSE, MASE, MAPE, WAPE and the average weighted quantile
    /// loss. (The seeds also list InferenceLatency, LogLoss and wQL, which the model's enum does not have.) Text
    /// generation needs no objective, and a tabular job without a problem type is left alone: which list applies is
    /// unknown until Autopilot infers it.
    /// </summary>
    internal sealed class ObjectiveMetricFitsProblemType : ICrossFieldRule
    {
        private static readonly Dictionary<string, string[]> Tabular = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [ProblemType.Regression] = new[] { AutoMLMetricEnum.MAE, AutoMLMetricEnum.MSE, AutoMLMetricEnum.R2, AutoMLMetricEnum.RMSE },
            [ProblemType.BinaryClassification] = new[]
            {
                AutoMLMetricEnum.Accuracy, AutoMLMetricEnum.AUC, AutoMLMetricEnum.BalancedAccuracy, AutoMLMetricEnum.F1, AutoMLMetricEnum.Precision, AutoMLMetricEnum.Recall,
            },
            [ProblemType.MulticlassClassification] = new[]
            {
                AutoMLMetricEnum.Accuracy, AutoMLMetricEnum.BalancedAccuracy, AutoMLMetricEnum.F1macro, AutoMLMetricEnum.PrecisionMacro, AutoMLMetricEnum.RecallMacro,
            },
        };

        private static readonly string[] Classification = { AutoMLMetricEnum.Accuracy };

        private static readonly string[] Forecasting =
        {
            AutoMLMetricEnum.RMSE, AutoMLMetricEnum.MASE, AutoMLMetricEnum.MAPE, AutoMLMetricEnum.WAPE, AutoMLMetricEnum.AverageWeightedQuantileLoss,
        };

        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            string? metric = job.Objective?.Value.MetricName;
            if (metric == null || !AutoMLMetricEnum.Values.Contains(metric))
            {
                yield break;
            }

            var (allowed, what) = AllowedFor(job);
            if (allowed != null && !allowed.Contains(metric))
            {
                string path = job.Objective!.Member(nameof(AutoMLJobObjective.MetricName));
                yield return CrossFieldError.At(path, metric, $"{path} '{metric}' is not a metric for {what}; use one of: {string.Join(", ", allowed)}.");
            }
        }

        private static (string[]? Allowed, string What) AllowedFor(AutoMLJobView job)
        {
            switch (job.Problem)
            {
                case ProblemKind.Tabular:
                    string? type = job.Tabular?.ProblemType;
                    return type != null && Tabular.TryGetValue(type, out string[]? metrics) ? (metrics, type + " jobs") : (null, string.Empty);
                case ProblemKind.ImageClassification:
                case ProblemKind.TextClassification:
                    return (Classification, ProblemNames.Of(job.Problem) + " jobs");
                case ProblemKind.TimeSeriesForecasting:
                    return (Forecasting, "time-series forecasting jobs");
                default:
                    return (null, string.Empty);
            }
        }
    }
}
