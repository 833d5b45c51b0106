using System;
using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Catalog
{
    /// <summary>
    /// The algorithms Autopilot offers (<c>AutoMLAlgorithms</c>): for tabular jobs per training mode, for forecasting
    /// jobs its six forecasters, as the seeds list them.
    /// </summary>
    public static class AutopilotAlgorithms
    {
        /// <summary>Tabular ENSEMBLING mode's algorithms.</summary>
        public static readonly IReadOnlyList<string> Ensembling = new[]
        {
            AutoMLAlgorithm.Catboost, AutoMLAlgorithm.ExtraTrees, AutoMLAlgorithm.Fastai, AutoMLAlgorithm.Lightgbm,
            AutoMLAlgorithm.LinearLearner, AutoMLAlgorithm.NnTorch, AutoMLAlgorithm.Randomforest, AutoMLAlgorithm.Xgboost,
        };

        /// <summary>Tabular HYPERPARAMETER_TUNING mode's algorithms.</summary>
        public static readonly IReadOnlyList<string> HyperparameterTuning = new[]
        {
            AutoMLAlgorithm.LinearLearner, AutoMLAlgorithm.Mlp, AutoMLAlgorithm.Xgboost,
        };

        /// <summary>Time-series forecasting's algorithms.</summary>
        public static readonly IReadOnlyList<string> Forecasting = new[]
        {
            AutoMLAlgorithm.CnnQr, AutoMLAlgorithm.Deepar, AutoMLAlgorithm.Prophet, AutoMLAlgorithm.Npts,
            AutoMLAlgorithm.Arima, AutoMLAlgorithm.Ets,
        };

        /// <summary>Whether a tabular mode names its algorithms (ENSEMBLING or HYPERPARAMETER_TUNING, not AUTO).</summary>
        public static bool IsExplicit(string? mode) => mode == AutoMLMode.ENSEMBLING || mode == AutoMLMode.HYPERPARAMETERTUNING;

        /// <summary>The algorithms of an explicit tabular mode; null for AUTO, absent or unknown modes.</summary>
        public static IReadOnlyList<string>? OfMode(string? mode) => string.Equals(mode, AutoMLMode.ENSEMBLING, StringComparison.Ordinal)
            ? Ensembling
            : string.Equals(mode, AutoMLMode.HYPERPARAMETERTUNING, StringComparison.Ordinal) ? HyperparameterTuning : null;

        /// <summary>The tabular modes that offer an algorithm.</summary>
        public static IReadOnlyList<string> ModesOf(string algorithm)
        {
            var modes = new List<string>();
            if (System.Linq.Enumerable.Contains(Ensembling, algorithm))
            {
                modes.Add(AutoMLMode.ENSEMBLING);
            }

            if (System.Linq.Enumerable.Contains(HyperparameterTuning, algorithm))
            {
                modes.Add(AutoMLMode.HYPERPARAMETERTUNING);
            }

            return modes;
        }
    }
}
