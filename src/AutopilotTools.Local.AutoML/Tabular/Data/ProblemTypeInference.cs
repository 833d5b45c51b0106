using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Tabular.Data
{
    /// <summary>
    /// Infers the problem type from the target's values when the job does not give one. The rule is the one
    /// Autopilot's ensembling library (AutoGluon) applies:
    /// <list type="number">
    /// <item>exactly two distinct values → BinaryClassification (whatever they are, 0/1 included);</item>
    /// <item>any value that is not a number → MulticlassClassification;</item>
    /// <item>numbers that are all whole, with at most 1,000 distinct values making up at most 10% of the rows (5% above
    /// 1,000 rows) → MulticlassClassification;</item>
    /// <item>any other numbers → Regression.</item>
    /// </list>
    /// </summary>
    internal static class ProblemTypeInference
    {
        public const int MulticlassUpperLimit = 1000;

        public static string Infer(IReadOnlyList<string> targets)
        {
            var distinct = targets.Distinct(StringComparer.Ordinal).ToList();
            if (distinct.Count == 2) return ProblemType.BinaryClassification;
            var numbers = new List<double>(targets.Count);
            foreach (var t in targets)
            {
                if (!CellValues.TryParseNumber(t, out var v)) return ProblemType.MulticlassClassification;
                numbers.Add(v);
            }
            int unique = numbers.Distinct().Count();
            double threshold = targets.Count > 1000 ? 0.05 : 0.1;
            bool wholeNumbers = numbers.All(v => v == Math.Floor(v));
            bool fewValues = (double)unique / targets.Count <= threshold && unique <= MulticlassUpperLimit;
            return wholeNumbers && fewValues ? ProblemType.MulticlassClassification : ProblemType.Regression;
        }
    }
}
