using System.Collections.Generic;
using System.Linq;

namespace AutopilotTools.Bench.Harness
{
    /// <summary>One kind of fresh child process in a cold-start benchmark: what it is called, what runs, with what.</summary>
    internal sealed record ChildKind(string Kind, string[] Program, string[] Args);

    /// <summary>
    /// Cold samples of several kinds of child process, taking turns: one unrecorded round first, so the disk cache holds
    /// every file for all kinds alike, then <c>samples</c> rounds in which every kind runs once, so a slow spell of the
    /// machine hits all of them alike.
    /// </summary>
    internal static class ChildRounds
    {
        public static ChildSamples Run(IReadOnlyList<ChildKind> kinds, int samples, string label)
        {
            foreach (ChildKind kind in kinds)
            {
                ChildProcess.Run(kind.Program, kind.Kind, kind.Args);
            }

            var results = kinds.ToDictionary(k => k.Kind, _ => new List<(IReadOnlyDictionary<string, double> Values, double WallMs)>());
            for (int round = 0; round < samples; round++)
            {
                foreach (ChildKind kind in kinds)
                {
                    results[kind.Kind].Add(ChildProcess.Run(kind.Program, kind.Kind, kind.Args));
                }

                Log.Info($"  {label}: round {round + 1} of {samples}");
            }

            return new ChildSamples(results);
        }
    }

    /// <summary>What the rounds measured, per kind: medians of the children's own figures and of their wall times.</summary>
    internal sealed class ChildSamples
    {
        private readonly Dictionary<string, List<(IReadOnlyDictionary<string, double> Values, double WallMs)>> _results;

        public ChildSamples(Dictionary<string, List<(IReadOnlyDictionary<string, double> Values, double WallMs)>> results) => _results = results;

        public double Median(string kind, string figure) => Stats.Median(_results[kind].Select(r => r.Values[figure]));

        public double Wall(string kind) => Stats.Median(_results[kind].Select(r => r.WallMs));
    }
}
