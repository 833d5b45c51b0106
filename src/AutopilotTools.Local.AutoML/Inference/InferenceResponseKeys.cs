using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Inference
{
    /// <summary>
    /// The inference response keys Autopilot's classification containers support (SAGEMAKER_INFERENCE_SUPPORTED,
    /// selected with SAGEMAKER_INFERENCE_OUTPUT). Regression models answer with the predicted value only.
    /// </summary>
    public static class InferenceResponseKeys
    {
        /// <summary>The winning label.</summary>
        public const string PredictedLabel = "predicted_label";

        /// <summary>Binary: the probability of the positive ("True") class; multiclass: of the winning label.</summary>
        public const string Probability = "probability";

        /// <summary>The probability of every label, in <see cref="Labels"/> order.</summary>
        public const string Probabilities = "probabilities";

        /// <summary>Every label, in the order of <see cref="Probabilities"/>.</summary>
        public const string Labels = "labels";

        /// <summary>
        /// The keys a model of this problem type supports, as its container's SAGEMAKER_INFERENCE_SUPPORTED lists them:
        /// all four for classification, none for regression.
        /// </summary>
        public static IReadOnlyList<string> SupportedFor(string problemType) =>
            problemType == ProblemType.Regression
                ? System.Array.Empty<string>()
                : new[] { PredictedLabel, Probability, Probabilities, Labels };
    }
}
