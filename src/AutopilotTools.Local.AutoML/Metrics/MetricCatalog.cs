using System;
using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Metrics
{
    /// <summary>
    /// Which metrics each problem type reports, which is the default objective, and which way each one is better —
    /// spelt as <c>AutoMLMetricEnum</c> / <c>AutoMLMetricExtendedEnum</c> spell them.
    /// </summary>
    internal static class MetricCatalog
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

        private static readonly HashSet<string> Minimized = new HashSet<string>(StringComparer.Ordinal)
        {
            AutoMLMetricExtendedEnum.MSE, AutoMLMetricExtendedEnum.RMSE, AutoMLMetricExtendedEnum.MAE,
            AutoMLMetricExtendedEnum.LogLoss, AutoMLMetricExtendedEnum.MAPE, AutoMLMetricExtendedEnum.MASE,
            AutoMLMetricExtendedEnum.WAPE, AutoMLMetricExtendedEnum.AverageWeightedQuantileLoss,
            AutoMLMetricExtendedEnum.InferenceLatency,
        };

        public static IReadOnlyList<string> StandardMetrics(string problemType) => problemType switch
        {
            ProblemType.BinaryClassification => Binary,
            ProblemType.MulticlassClassification => Multiclass,
            _ => Regression,
        };

        /// <summary>The service's default objective for the problem type (one fact, kept in the core).</summary>
        public static string DefaultObjective(string problemType) =>
            AutopilotTools.Metrics.ObjectiveMetrics.DefaultFor(problemType) ?? throw new ArgumentOutOfRangeException(nameof(problemType), problemType, "Not a tabular problem type.");

        public static bool IsMinimized(string metric) => Minimized.Contains(metric);

        public static string ObjectiveType(string metric) => IsMinimized(metric) ? AutoMLJobObjectiveType.Minimize : AutoMLJobObjectiveType.Maximize;

        /// <summary>Turns a metric value into "higher is better", for ranking and for importance.</summary>
        public static double Oriented(string metric, double value) => IsMinimized(metric) ? -value : value;
    }
}
