using System;
using System.Collections.Generic;
using AutopilotTools.Model;
using Microsoft.ML;
using Microsoft.ML.Trainers.LightGbm;
using static AutopilotTools.Local.AutoML.Tabular.Algorithms.Hyperparameters;

namespace AutopilotTools.Local.AutoML.Tabular.Algorithms
{
    /// <summary><c>lightgbm</c>: the real LightGBM library (native, through ML.NET) — the one faithful mapping.</summary>
    internal sealed class LightGbmAlgorithm : ICandidateAlgorithm
    {
        private static readonly HyperparameterSpace Space = new HyperparameterSpace()
            .Int("NumberOfIterations", 50, 300)
            .Int("NumberOfLeaves", 4, 64, logScale: true)
            .Float("LearningRate", 0.02, 0.3, logScale: true)
            .Int("MinimumExampleCountPerLeaf", 2, 50, logScale: true)
            .Float("FeatureFraction", 0.5, 1.0);

        public string Name => AutoMLAlgorithm.Lightgbm;

        public string Trainer(string problemType, IReadOnlyDictionary<string, string>? hyperparameters = null) => problemType switch
        {
            ProblemType.BinaryClassification => "LightGbmBinary",
            ProblemType.MulticlassClassification => "LightGbmMulticlass",
            _ => "LightGbmRegression",
        };

        // LightGBM's own defaults.
        public SortedDictionary<string, string> Defaults(string problemType) => Of(
            ("NumberOfIterations", 100), ("NumberOfLeaves", 31), ("LearningRate", 0.1),
            ("MinimumExampleCountPerLeaf", 20), ("FeatureFraction", 1.0));

        public SortedDictionary<string, string> Sample(Random random, string problemType) => Space.Sample(random);

        public IEstimator<ITransformer> Build(MLContext context, TrainerSettings settings, IReadOnlyDictionary<string, string> hp) => settings.ProblemType switch
        {
            ProblemType.BinaryClassification => context.BinaryClassification.Trainers.LightGbm(
                TrainerOptions.With(settings.Columns(new LightGbmBinaryTrainer.Options { Seed = settings.Seed, Silent = true, Booster = new GradientBooster.Options() }), hp)),
            ProblemType.MulticlassClassification => context.MulticlassClassification.Trainers.LightGbm(
                TrainerOptions.With(settings.Columns(new LightGbmMulticlassTrainer.Options { Seed = settings.Seed, Silent = true, Booster = new GradientBooster.Options() }), hp)),
            _ => context.Regression.Trainers.LightGbm(
                TrainerOptions.With(settings.Columns(new LightGbmRegressionTrainer.Options { Seed = settings.Seed, Silent = true, Booster = new GradientBooster.Options() }), hp)),
        };
    }
}
