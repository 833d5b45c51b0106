using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AutopilotTools.Local.AutoML.Tabular.Data
{
    /// <summary>
    /// The classes of a classification target, in the order every probability vector uses. Numbers sort numerically
    /// ("2" before "10"), anything else ordinally. In binary classification the second label is the positive ("True")
    /// class: 1 of 0/1, true of false/true, yes of no/yes. F1, precision and recall are about it, and
    /// <c>probability</c> in an inference response is its probability, as Autopilot documents.
    /// </summary>
    internal sealed class LabelSet
    {
        private readonly Dictionary<string, int> _index;

        public LabelSet(IEnumerable<string> labels)
        {
            var distinct = labels.Distinct(StringComparer.Ordinal).ToList();
            bool numeric = distinct.All(l => CellValues.TryParseNumber(l, out _));
            Labels = numeric
                ? distinct.OrderBy(l => double.Parse(l.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture)).ThenBy(l => l, StringComparer.Ordinal).ToList()
                : distinct.OrderBy(l => l, StringComparer.Ordinal).ToList();
            _index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < Labels.Count; i++) _index[Labels[i]] = i;
        }

        public IReadOnlyList<string> Labels { get; }

        public int Count => Labels.Count;

        /// <summary>The class index of a label, or -1 for a label training never saw.</summary>
        public int IndexOf(string label) => _index.TryGetValue(label, out var i) ? i : -1;
    }
}
