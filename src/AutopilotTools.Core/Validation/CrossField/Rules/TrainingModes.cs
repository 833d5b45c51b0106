using System;
using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>The algorithms each explicit training mode offers, as the seeds list them for AutoMLAlgorithms.</summary>
    internal static class TrainingModes
    {
        public static readonly IReadOnlyList<string> Ensembling = new[]
        {
            AutoMLAlgorithm.Catboost, AutoMLAlgorithm.ExtraTrees, AutoMLAlgorithm.Fastai, AutoMLAlgorithm.Lightgbm,
            AutoMLAlgorithm.LinearLearner, AutoMLAlgorithm.NnTorch, AutoMLAlgorithm.Randomforest, AutoMLAlgorithm.Xgboost,
        };

        public static readonly IReadOnlyList<string> HyperparameterTuning = new[]
        {
            AutoMLAlgorithm.LinearLearner, AutoMLAlgorithm.Mlp, AutoMLAlgorithm.Xgboost,
        };

        public static bool IsExplicit(string? mode) => mode == AutoMLMode.ENSEMBLING || mode == AutoMLMode.HYPERPARAMETERTUNING;

        /// <summary>The algorithms of an explicit mode; null for AUTO, absent or unknown modes.</summary>
        public static IReadOnlyList<string>? AlgorithmsOf(string? mode) => string.Equals(mode, AutoMLMode.ENSEMBLING, StringComparison.Ordinal)
            ? Ensembling
            : string.Equals(mode, AutoMLMode.HYPERPARAMETERTUNING, StringComparison.Ordinal) ? HyperparameterTuning : null;
    }
}
