using System;
using System.Collections.Generic;
using Microsoft.ML;

namespace AutopilotTools.Local.AutoML.Tabular.Algorithms
{
    /// <summary>An Autopilot algorithm as the engine trains it with ML.NET.</summary>
    internal interface ICandidateAlgorithm
    {
        /// <summary>The Autopilot name (<c>AutoMLAlgorithm</c>).</summary>
        string Name { get; }

        /// <summary>
        /// The ML.NET trainer behind it for a problem type, as shown on candidates; without hyperparameters, every
        /// trainer it may use.
        /// </summary>
        string Trainer(string problemType, IReadOnlyDictionary<string, string>? hyperparameters = null);

        /// <summary>The settings its first candidate uses (and the only one in ENSEMBLING mode).</summary>
        SortedDictionary<string, string> Defaults(string problemType);

        /// <summary>A random draw from its search space (HYPERPARAMETER_TUNING mode).</summary>
        SortedDictionary<string, string> Sample(Random random, string problemType);

        /// <summary>The estimator that turns the Features column into scores, with these hyperparameters.</summary>
        IEstimator<ITransformer> Build(MLContext context, TrainerSettings settings, IReadOnlyDictionary<string, string> hyperparameters);
    }
}
