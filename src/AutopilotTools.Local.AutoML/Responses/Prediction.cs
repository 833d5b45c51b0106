using System.Collections.Generic;

namespace AutopilotTools.Local.AutoML.Responses
{
    /// <summary>One row's prediction (a tabular row, a text, an image), as the response formatter writes it.</summary>
    public sealed class Prediction
    {
        /// <summary>A prediction: classification gives label, probabilities and labels; regression its value.</summary>
        public Prediction(string predictedLabel, double? probability, IReadOnlyList<double>? probabilities, IReadOnlyList<string>? labels, double? value)
        {
            PredictedLabel = predictedLabel;
            Probability = probability;
            Probabilities = probabilities;
            Labels = labels;
            Value = value;
        }

        /// <summary>The winning label; for regression, the predicted value as invariant text.</summary>
        public string PredictedLabel { get; }

        /// <summary>
        /// Binary: the probability of the positive class (the second label); multiclass: of the winning label, as
        /// Autopilot documents the <c>probability</c> key. Null for regression.
        /// </summary>
        public double? Probability { get; }

        /// <summary>Every label's probability in <see cref="Labels"/> order; null for regression.</summary>
        public IReadOnlyList<double>? Probabilities { get; }

        /// <summary>The labels in probability order; null for regression.</summary>
        public IReadOnlyList<string>? Labels { get; }

        /// <summary>The predicted value for regression; null for classification.</summary>
        public double? Value { get; }
    }
}
