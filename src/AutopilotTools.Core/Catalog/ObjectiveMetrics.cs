using System;
using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Catalog
{
    /// <summary>
    /// Autopilot's objective metrics: which each problem type reports, which is its default objective, and which way
    /// each one is better. Seed (AutoMLJobObjective, "Autopilot metrics and validation"): with no objective given,
    /// Autopilot optimises MSE for regression, F1 for binary classification, Accuracy for multiclass, text and image
    /// classification, and AverageWeightedQuantileLoss for forecasting. Names as <c>AutoMLMetricExtendedEnum</c> spells them.
    /// </summary>
    public static class ObjectiveMetrics
    {
        private static readonly string[] Binary =
        {
            AutoMLMetricExtendedEnum.Accuracy, AutoMLMetricExtendedEnum.AUC, AutoMLMetricExtendedEnum.BalancedAccuracy,
            AutoMLMetricExtendedEnum.F1, AutoMLMetricExtendedEnum.LogLoss, AutoMLMetricExtendedEnum.Precision,
            AutoMLMetricExtendedEnum.Recall,
        };

        private static readonly string[] Multiclass =
        {
            AutoMLMetricExtendedEnum.Accuracy, AutoMLMetricExtendedEnum.BalancedAccuracy, AutoMLMetricExtendedEnum.F1macro,
            AutoMLMetricExtendedEnum.LogLoss, AutoMLMetricExtendedEnum.PrecisionMacro, AutoMLMetricExtendedEnum.RecallMacro,
        };

        private static readonly string[] Regression =
        {
            AutoMLMetricExtendedEnum.MSE, AutoMLMetricExtendedEnum.RMSE, AutoMLMetricExtendedEnum.MAE, AutoMLMetricExtendedEnum.R2,
        };

        private static readonly string[] Forecasting =
        {
            AutoMLMetricExtendedEnum.AverageWeightedQuantileLoss, AutoMLMetricExtendedEnum.MASE, AutoMLMetricExtendedEnum.MAPE,
            AutoMLMetricExtendedEnum.RMSE, AutoMLMetricExtendedEnum.WAPE,
        };

        private static readonly HashSet<string> Minimized = new HashSet<string>(StringComparer.Ordinal)
        {
            AutoMLMetricExtendedEnum.MSE, AutoMLMetricExtendedEnum.RMSE, AutoMLMetricExtendedEnum.MAE,
            AutoMLMetricExtendedEnum.LogLoss, AutoMLMetricExtendedEnum.MAPE, AutoMLMetricExtendedEnum.MASE,
            AutoMLMetricExtendedEnum.WAPE, AutoMLMetricExtendedEnum.AverageWeightedQuantileLoss,
            AutoMLMetricExtendedEnum.InferenceLatency, AutoMLMetricExtendedEnum.Perplexity,
            AutoMLMetricExtendedEnum.ValidationLoss, AutoMLMetricExtendedEnum.TrainingLoss,
        };

        /// <summary>
        /// The metrics a problem type reports: a tabular <c>ProblemType</c> value, or a non-tabular config name
        /// (<c>TimeSeriesForecasting</c>, <c>TextClassification</c>, <c>ImageClassification</c>); empty for others.
        /// </summary>
        public static IReadOnlyList<string> StandardFor(string? problemType) => problemType switch
        {
            ProblemType.BinaryClassification => Binary,
            ProblemType.MulticlassClassification => Multiclass,
            ProblemType.Regression => Regression,
            AutoMLProblemTypeConfigName.TimeSeriesForecasting => Forecasting,
            AutoMLProblemTypeConfigName.TextClassification => Multiclass,
            AutoMLProblemTypeConfigName.ImageClassification => Multiclass,
            _ => Array.Empty<string>(),
        };

        /// <summary>Autopilot's default objective for a problem type (as <see cref="StandardFor"/> names them); null for others.</summary>
        public static string? DefaultFor(string? problemType) => problemType switch
        {
            ProblemType.Regression => AutoMLMetricEnum.MSE,
            ProblemType.BinaryClassification => AutoMLMetricEnum.F1,
            ProblemType.MulticlassClassification => AutoMLMetricEnum.Accuracy,
            AutoMLProblemTypeConfigName.TimeSeriesForecasting => AutoMLMetricEnum.AverageWeightedQuantileLoss,
            AutoMLProblemTypeConfigName.TextClassification => AutoMLMetricEnum.Accuracy,
            AutoMLProblemTypeConfigName.ImageClassification => AutoMLMetricEnum.Accuracy,
            _ => null,
        };

        /// <summary>Whether lower values of the metric are better.</summary>
        public static bool IsMinimized(string? metric) => metric != null && Minimized.Contains(metric);

        /// <summary><c>Minimize</c> or <c>Maximize</c> (the <c>AutoMLJobObjectiveType</c> values), as the metric needs.</summary>
        public static string ObjectiveType(string metric) => IsMinimized(metric) ? AutoMLJobObjectiveType.Minimize : AutoMLJobObjectiveType.Maximize;

        /// <summary>A metric value turned "higher is better", for ranking and importance.</summary>
        public static double Oriented(string metric, double value) => IsMinimized(metric) ? -value : value;

        /// <summary>Whether a metric may be a <c>MetricName</c> (an <c>AutoMLMetricEnum</c> value) rather than only a <c>StandardMetricName</c>.</summary>
        public static bool IsObjectiveMetric(string metric) => System.Linq.Enumerable.Contains(AutoMLMetricEnum.Values, metric);
    }
}
