using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Catalog;
using AutopilotTools.Local.AutoML.Tabular.Algorithms;
using AutopilotTools.Local.AutoML.Tabular.Metrics;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Tabular.Search
{
    /// <summary>
    /// Checks a job specification on its own, before any data is read: every problem found, in one message. Algorithm
    /// names the engine cannot train are refused here with the reason and the names it can, and algorithms must fit
    /// the mode as the service requires.
    /// </summary>
    internal static class SpecValidator
    {
        public static void Validate(TabularJobSpec spec)
        {
            if (spec is null) throw new ArgumentNullException(nameof(spec));
            var problems = new List<string>();
            if (spec.TrainingPaths is null || spec.TrainingPaths.Count == 0 || spec.TrainingPaths.Any(string.IsNullOrWhiteSpace))
                problems.Add("At least one training file is needed, and no training path may be empty.");
            if (string.IsNullOrWhiteSpace(spec.TargetAttributeName))
                problems.Add("TargetAttributeName is required.");
            if (string.IsNullOrWhiteSpace(spec.OutputDirectory))
                problems.Add("OutputDirectory is required.");
            if (spec.ValidationPaths is null || spec.ValidationPaths.Any(string.IsNullOrWhiteSpace))
                problems.Add("No validation path may be empty.");
            if (spec.ProblemType != null && !ProblemType.Values.Contains(spec.ProblemType))
                problems.Add($"ProblemType '{spec.ProblemType}' is not one of {string.Join(", ", ProblemType.Values)}.");
            if (spec.ObjectiveMetric != null) CheckObjective(spec.ObjectiveMetric, spec.ProblemType, problems);
            if (!AutoMLMode.Values.Contains(spec.Mode))
                problems.Add($"Mode '{spec.Mode}' is not one of {string.Join(", ", AutoMLMode.Values)}.");
            else if (spec.Algorithms is { Count: > 0 })
                CheckAlgorithms(spec.Algorithms, spec.Mode, problems);
            if (spec.SampleWeightAttributeName != null && spec.SampleWeightAttributeName == spec.TargetAttributeName)
                problems.Add("SampleWeightAttributeName cannot be the target column.");
            if (!(spec.ValidationFraction > 0 && spec.ValidationFraction < 1))
                problems.Add($"ValidationFraction must be greater than 0 and less than 1; it is {spec.ValidationFraction}.");
            if (spec.MaxCandidates is < 1)
                problems.Add($"MaxCandidates must be at least 1; it is {spec.MaxCandidates}.");
            if (spec.MaxRuntimePerTrainingJob is { } perJob && perJob <= TimeSpan.Zero)
                problems.Add("MaxRuntimePerTrainingJob must be positive.");
            if (spec.MaxJobRuntime is { } job && job <= TimeSpan.Zero)
                problems.Add("MaxJobRuntime must be positive.");
            if (problems.Count > 0) throw new AutoMLValidationException(string.Join(" ", problems));
        }

        /// <summary>Checks the objective against a problem type (given, or once inferred).</summary>
        public static string? ObjectiveProblem(string objective, string problemType) =>
            ObjectiveMetrics.StandardFor(problemType).Contains(objective)
                ? null
                : $"The objective metric {objective} does not apply to {problemType}; use one of {string.Join(", ", ObjectiveMetrics.StandardFor(problemType))}.";

        private static void CheckObjective(string objective, string? problemType, List<string> problems)
        {
            bool known = AutoMLMetricEnum.Values.Contains(objective) || objective == AutoMLMetricExtendedEnum.LogLoss;
            var tabular = ProblemType.Values.SelectMany(ObjectiveMetrics.StandardFor).Distinct().ToList();
            if (!known || !tabular.Contains(objective))
            {
                problems.Add($"The objective metric '{objective}' is not a tabular metric; use one of {string.Join(", ", tabular)}.");
                return;
            }
            if (problemType != null && ProblemType.Values.Contains(problemType) && ObjectiveProblem(objective, problemType) is { } problem)
                problems.Add(problem);
        }

        private static void CheckAlgorithms(IReadOnlyList<string> algorithms, string mode, List<string> problems)
        {
            if (mode == AutoMLMode.AUTO)
            {
                problems.Add("Algorithms can only be chosen with Mode ENSEMBLING or HYPERPARAMETER_TUNING, not AUTO.");
                return;
            }
            var refused = new List<string>();
            foreach (var name in algorithms.Distinct())
            {
                var modes = AlgorithmCatalog.ServiceModes(name);
                if (AlgorithmCatalog.WhyNot(name) is { } reason)
                    refused.Add($"'{name}' ({reason})");
                else if (!modes.Contains(mode))
                    problems.Add($"The algorithm '{name}' is not available in {mode} mode; that mode takes {string.Join(", ", ServiceAlgorithms(mode))}.");
            }
            if (refused.Count > 0)
            {
                var honoured = AlgorithmCatalog.DefaultsFor(mode).Select(a => a.Name);
                problems.Add($"The local Autopilot engine cannot train {string.Join("; ", refused)}. In {mode} mode it trains: {string.Join(", ", honoured)}.");
            }
        }

        private static IEnumerable<string> ServiceAlgorithms(string mode) =>
            AutoMLAlgorithm.Values.Where(a => AlgorithmCatalog.ServiceModes(a).Contains(mode));
    }
}
