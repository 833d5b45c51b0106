using System;
using System.Collections.Generic;
using System.Linq;

namespace AutopilotTools.Local.Pretrained.Classification
{
    /// <summary>
    /// Examples with their labels as indexes into <see cref="Labels"/> (every label of the job, ordinal order, which
    /// is the order of every probability vector the engine writes).
    /// </summary>
    /// <typeparam name="T">A text, or an image's path.</typeparam>
    internal sealed class LabelledExamples<T>
    {
        public LabelledExamples(IReadOnlyList<T> inputs, IReadOnlyList<int> classes, IReadOnlyList<string> labels)
        {
            Inputs = inputs;
            Classes = classes;
            Labels = labels;
        }

        public IReadOnlyList<T> Inputs { get; }

        public IReadOnlyList<int> Classes { get; }

        public IReadOnlyList<string> Labels { get; }

        public int Count => Inputs.Count;

        /// <summary>Indexes the labels of training and validation examples together, so both use one label order.</summary>
        public static (LabelledExamples<T> Training, LabelledExamples<T> Validation) Index(
            IReadOnlyList<(T Input, string Label)> training, IReadOnlyList<(T Input, string Label)> validation)
        {
            string[] labels = training.Concat(validation).Select(e => e.Label).Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal).ToArray();
            var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
            LabelledExamples<T> Of(IReadOnlyList<(T Input, string Label)> examples) =>
                new LabelledExamples<T>(examples.Select(e => e.Input).ToArray(), examples.Select(e => index[e.Label]).ToArray(), labels);
            return (Of(training), Of(validation));
        }

        public LabelledExamples<T> Subset(IReadOnlyList<int> rows) =>
            new LabelledExamples<T>(rows.Select(r => Inputs[r]).ToArray(), rows.Select(r => Classes[r]).ToArray(), Labels);

        /// <summary>How many examples each label has, in label order.</summary>
        public int[] CountsPerLabel()
        {
            var counts = new int[Labels.Count];
            foreach (int c in Classes)
            {
                counts[c]++;
            }

            return counts;
        }
    }
}
