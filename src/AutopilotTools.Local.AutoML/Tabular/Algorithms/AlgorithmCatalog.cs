using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Tabular.Algorithms
{
    /// <summary>
    /// The algorithm table: each tabular Autopilot algorithm, the ML.NET trainer that stands in for it or the reason it
    /// is refused, and the modes the service accepts it in.
    /// <code>
    /// Autopilot        ML.NET                                                   honoured
    /// lightgbm         LightGbm (binary / multiclass / regression)              yes, the real LightGBM
    /// xgboost          FastTree boosted trees (multiclass: one-versus-all)      yes, same family, not XGBoost
    /// randomforest     FastForest (binary: + Platt calibration; OVA)            yes
    /// extra-trees      FastForest, no bagging, per-split feature sampling       approximated: thresholds not random
    /// linear-learner   SDCA (LR / MaxEnt / least squares), L-BFGS in the search yes
    /// catboost         —                                                        refused: no ordered boosting / oblivious trees
    /// mlp, nn-torch,   —                                                        refused: no tabular neural network in ML.NET
    /// fastai
    /// </code>
    /// </summary>
    internal static class AlgorithmCatalog
    {
        private static readonly string[] Ensembling =
        {
            AutoMLAlgorithm.Catboost, AutoMLAlgorithm.ExtraTrees, AutoMLAlgorithm.Fastai, AutoMLAlgorithm.Lightgbm,
            AutoMLAlgorithm.LinearLearner, AutoMLAlgorithm.NnTorch, AutoMLAlgorithm.Randomforest, AutoMLAlgorithm.Xgboost,
        };

        private static readonly string[] Tuning = { AutoMLAlgorithm.LinearLearner, AutoMLAlgorithm.Mlp, AutoMLAlgorithm.Xgboost };

        /// <summary>What the engine trains, in the order it trains them.</summary>
        private static readonly ICandidateAlgorithm[] Trainable =
        {
            new LightGbmAlgorithm(), new BoostedTreesAlgorithm(), ForestAlgorithm.RandomForest, ForestAlgorithm.ExtraTrees,
            new LinearLearnerAlgorithm(),
        };

        private static readonly Dictionary<string, string> Refused = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [AutoMLAlgorithm.Catboost] = "CatBoost's ordered boosting, ordered target statistics for categorical columns and symmetric (oblivious) trees have no ML.NET counterpart, and another boosted-tree model under its name would mislead",
            [AutoMLAlgorithm.Mlp] = "it is a multilayer perceptron, and ML.NET 5 has no neural-network trainer for tabular data",
            [AutoMLAlgorithm.NnTorch] = "it is a PyTorch neural network, and ML.NET 5 has no neural-network trainer for tabular data",
            [AutoMLAlgorithm.Fastai] = "it is a fastai tabular neural network, and ML.NET 5 has no neural-network trainer for tabular data",
        };

        public static IReadOnlyList<string> SupportedNames { get; } = Trainable.Select(a => a.Name).ToArray();

        public static IReadOnlyList<AlgorithmSupport> Table { get; } = BuildTable();

        public static IReadOnlyList<string> ServiceModes(string algorithm)
        {
            var modes = new List<string>();
            if (Ensembling.Contains(algorithm)) modes.Add(AutoMLMode.ENSEMBLING);
            if (Tuning.Contains(algorithm)) modes.Add(AutoMLMode.HYPERPARAMETERTUNING);
            return modes;
        }

        public static ICandidateAlgorithm? Find(string name) => Trainable.FirstOrDefault(a => a.Name == name);

        /// <summary>Why a name cannot be trained here, or null when it can.</summary>
        public static string? WhyNot(string name)
        {
            if (Find(name) != null) return null;
            if (Refused.TryGetValue(name, out var reason)) return reason;
            if (AutoMLAlgorithm.Values.Contains(name)) return "it is a time-series forecasting algorithm, and the local engine trains tabular problems";
            var near = AutoMLAlgorithm.Values.FirstOrDefault(v => string.Equals(v, name, StringComparison.OrdinalIgnoreCase));
            return near != null ? $"algorithm names are case-sensitive; did you mean '{near}'" : "it is not an Autopilot algorithm";
        }

        /// <summary>The algorithms a mode uses when the job names none: those of the mode the engine can train.</summary>
        public static IReadOnlyList<ICandidateAlgorithm> DefaultsFor(string mode) =>
            Trainable.Where(a => ServiceModes(a.Name).Contains(mode)).ToArray();

        private static IReadOnlyList<AlgorithmSupport> BuildTable()
        {
            var rows = new List<AlgorithmSupport>();
            string Describe(ICandidateAlgorithm a) => string.Join("; ", new[] { ProblemType.BinaryClassification, ProblemType.MulticlassClassification, ProblemType.Regression }.Select(p => a.Trainer(p)).Distinct());
            foreach (var a in Trainable)
            {
                var note = a.Name switch
                {
                    AutoMLAlgorithm.Xgboost => " — gradient-boosted trees like XGBoost, not XGBoost itself",
                    AutoMLAlgorithm.ExtraTrees => " — an approximation: FastForest without bagging, a random feature subset per split, coarse thresholds; Extra-Trees' random thresholds are not available in ML.NET",
                    AutoMLAlgorithm.LinearLearner => " — on scaled features (min-max for classification, mean-variance for regression)",
                    _ => "",
                };
                rows.Add(new AlgorithmSupport(a.Name, true, Describe(a) + note, ServiceModes(a.Name)));
            }
            foreach (var pair in Refused)
                rows.Add(new AlgorithmSupport(pair.Key, false, pair.Value, ServiceModes(pair.Key)));
            return rows;
        }
    }
}
