using AutopilotTools.Model;

namespace AutopilotTools.Metrics
{
    /// <summary>
    /// Facts about Autopilot's objective metrics that both the module and the local server's engine need. Seed
    /// (AutoMLJobObjective, "Autopilot metrics and validation"): with no objective given, Autopilot optimises MSE for
    /// regression, F1 for binary classification and Accuracy for multiclass classification.
    /// </summary>
    public static class ObjectiveMetrics
    {
        /// <summary>Autopilot's default objective for a tabular problem type; null for any other value.</summary>
        public static string? DefaultFor(string? problemType) => problemType switch
        {
            ProblemType.Regression => AutoMLMetricEnum.MSE,
            ProblemType.BinaryClassification => AutoMLMetricEnum.F1,
            ProblemType.MulticlassClassification => AutoMLMetricEnum.Accuracy,
            _ => null,
        };
    }
}
