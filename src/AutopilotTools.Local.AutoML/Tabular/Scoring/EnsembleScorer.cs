using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Local.AutoML.Tabular.Data;
using AutopilotTools.Local.AutoML.Tabular.Metrics;

namespace AutopilotTools.Local.AutoML.Tabular.Scoring
{
    /// <summary>
    /// The ensemble: the unweighted mean of its members' class probabilities (classification) or predictions
    /// (regression). Simple averaging, not Autopilot's stacking: there is no second-level model.
    /// </summary>
    internal sealed class EnsembleScorer : IFrameScorer
    {
        private readonly IReadOnlyList<IFrameScorer> _members;

        public EnsembleScorer(IReadOnlyList<IFrameScorer> members) => _members = members;

        public ScoreTable Score(FeatureFrame frame)
        {
            var tables = _members.Select(m => m.Score(frame)).ToList();
            int rows = frame.RowCount, n = tables.Count;
            if (tables[0].Values != null)
            {
                var values = new double[rows];
                for (int r = 0; r < rows; r++) values[r] = tables.Average(t => t.Values![r]);
                return ScoreTable.ForValues(values);
            }
            var probabilities = new double[rows][];
            for (int r = 0; r < rows; r++)
            {
                var sum = new double[tables[0].Probabilities![r].Length];
                foreach (var t in tables)
                    for (int k = 0; k < sum.Length; k++) sum[k] += t.Probabilities![r][k] / n;
                probabilities[r] = sum;
            }
            return ScoreTable.ForClasses(probabilities);
        }
    }
}
