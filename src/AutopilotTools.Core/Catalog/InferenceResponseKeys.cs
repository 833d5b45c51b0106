using System;
using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Catalog
{
    /// <summary>
    /// The response keys Autopilot's classification containers answer (SAGEMAKER_INFERENCE_SUPPORTED, chosen with
    /// SAGEMAKER_INFERENCE_OUTPUT); regression and forecasting models answer their values only.
    /// </summary>
    public static class InferenceResponseKeys
    {
        /// <summary>The winning label.</summary>
        public const string PredictedLabel = "predicted_label";

        /// <summary>Binary: the probability of the positive class; multiclass: of the winning label.</summary>
        public const string Probability = "probability";

        /// <summary>The probability of every label, in <see cref="Labels"/> order.</summary>
        public const string Probabilities = "probabilities";

        /// <summary>Every label, in the order of <see cref="Probabilities"/>.</summary>
        public const string Labels = "labels";

        /// <summary>Every key a classification container knows, in the order Autopilot lists them.</summary>
        public static readonly IReadOnlyList<string> Classification = new[] { PredictedLabel, Probability, Probabilities, Labels };

        /// <summary>
        /// The keys a model of this problem type supports: every key for classification (tabular binary and
        /// multiclass, text, image), none for regression, forecasting and anything else.
        /// </summary>
        public static IReadOnlyList<string> SupportedFor(string? problemType) => problemType switch
        {
            ProblemType.BinaryClassification => Classification,
            ProblemType.MulticlassClassification => Classification,
            AutoMLProblemTypeConfigName.TextClassification => Classification,
            AutoMLProblemTypeConfigName.ImageClassification => Classification,
            _ => Array.Empty<string>(),
        };
    }
}
