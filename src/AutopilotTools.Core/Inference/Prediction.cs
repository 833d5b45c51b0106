using System.Collections.Generic;

namespace AutopilotTools.Inference
{
    /// <summary>
    /// What an Autopilot endpoint said about one row: the predicted label (or value, for regression), and, when the
    /// endpoint was deployed to return them, the probability of that label, the probabilities of all labels and
    /// the labels themselves in the same order.
    /// </summary>
    public sealed class Prediction
    {
        public object? Input { get; set; }

        public string? PredictedLabel { get; set; }

        /// <summary>The predicted label as a number, when it is one (regression).</summary>
        public double? PredictedValue { get; set; }

        public double? Probability { get; set; }

        public IReadOnlyList<double>? Probabilities { get; set; }

        public IReadOnlyList<string>? Labels { get; set; }

        /// <summary>The response line or JSON object this prediction was read from.</summary>
        public string? Raw { get; set; }

        public override string ToString() => PredictedLabel ?? string.Empty;
    }
}
