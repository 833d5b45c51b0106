using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Pretrained.Classification
{
    /// <summary>
    /// One of the models a job compared on its validation rows before keeping one as its single candidate (the API
    /// allows one candidate for these problem types).
    /// </summary>
    /// <param name="Algorithm">Its name as the candidate would carry it (<c>minilm-linear</c>, <c>bag-of-words-lightgbm</c>, …).</param>
    /// <param name="Description">One line on what it is.</param>
    /// <param name="Trainer">What trained its head in ML.NET.</param>
    /// <param name="Hyperparameters">Its settings.</param>
    /// <param name="Probabilities">Its validation rows' probabilities, in label order.</param>
    /// <param name="Metrics">Its metrics on the validation rows.</param>
    internal sealed record ComparedModel(
        string Algorithm,
        string Description,
        string Trainer,
        IReadOnlyDictionary<string, string> Hyperparameters,
        double[][] Probabilities,
        IReadOnlyDictionary<string, double> Metrics)
    {
        public double Accuracy => Metrics.TryGetValue(AutoMLMetricExtendedEnum.Accuracy, out double a) ? a : 0;

        public double LogLoss => Metrics.TryGetValue(AutoMLMetricExtendedEnum.LogLoss, out double l) ? l : double.MaxValue;
    }
}
