using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Local.AutoML.Tabular.Algorithms;

namespace AutopilotTools.Local.AutoML.Tabular.Search
{
    /// <summary>
    /// Which candidates a mode trains.
    /// <para>HYPERPARAMETER_TUNING: a seeded random search. Algorithms take turns; each one's first candidate uses its
    /// default settings, later ones random draws from its search space, until the candidate budget runs out. (Autopilot
    /// tunes with Bayesian optimisation; random search is the honest local substitute.)</para>
    /// <para>ENSEMBLING: each algorithm once with its default settings, keeping one place of the budget for the
    /// averaging ensemble trained afterwards.</para>
    /// </summary>
    internal static class SearchPlanner
    {
        public static IEnumerable<CandidatePlan> Tuning(IReadOnlyList<ICandidateAlgorithm> algorithms, string problemType, int seed, int budget, CandidateNamer namer)
        {
            var random = new Random(seed);
            for (int n = 0; n < budget; n++)
            {
                var algorithm = algorithms[n % algorithms.Count];
                bool first = n < algorithms.Count;
                var hyperparameters = first ? algorithm.Defaults(problemType) : algorithm.Sample(random, problemType);
                yield return new CandidatePlan(n + 1, namer.Name(algorithm.Name, n + 1), algorithm, hyperparameters);
            }
        }

        /// <summary>
        /// The base models of ENSEMBLING mode: one place of the budget is kept for the ensemble when at least two base
        /// models fit besides it (a budget of three or more); a budget of one or two is all base models.
        /// </summary>
        public static IReadOnlyList<CandidatePlan> EnsembleMembers(IReadOnlyList<ICandidateAlgorithm> algorithms, string problemType, int budget, CandidateNamer namer)
        {
            int count = budget >= 3 && algorithms.Count >= 2 ? Math.Min(algorithms.Count, budget - 1) : Math.Min(algorithms.Count, budget);
            return algorithms.Take(count)
                .Select((a, i) => new CandidatePlan(i + 1, namer.Name(a.Name, i + 1), a, a.Defaults(problemType)))
                .ToList();
        }
    }
}
