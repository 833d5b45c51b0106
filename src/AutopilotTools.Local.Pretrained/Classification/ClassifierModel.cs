using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Local.AutoML.Responses;

namespace AutopilotTools.Local.Pretrained.Classification
{
    /// <summary>A loaded candidate: its members' probabilities averaged, as predictions the response formatter writes.</summary>
    /// <typeparam name="T">A text, or an image's path.</typeparam>
    internal sealed class ClassifierModel<T>
    {
        private readonly IReadOnlyList<Func<IReadOnlyList<T>, double[][]>> _members;

        public ClassifierModel(IReadOnlyList<string> labels, IReadOnlyList<Func<IReadOnlyList<T>, double[][]>> members)
        {
            Labels = labels;
            _members = members;
        }

        public IReadOnlyList<string> Labels { get; }

        public double[][] Probabilities(IReadOnlyList<T> inputs) => Scores.Average(_members.Select(m => m(inputs)).ToArray());

        /// <summary>
        /// Each input's prediction: the winning label, its probability (the <c>probability</c> key), and every label's
        /// probability in <see cref="Labels"/> order.
        /// </summary>
        public IReadOnlyList<Prediction> Predict(IReadOnlyList<T> inputs) =>
            Probabilities(inputs).Select(p =>
            {
                int winner = ClassificationMetrics.Winner(p);
                return new Prediction(Labels[winner], p[winner], p, Labels, null);
            }).ToList();
    }
}
