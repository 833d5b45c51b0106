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

        public IEstimator<ITransformer> Build(MLContext context, TrainerSettings settings, IReadOnlyDictionary<string, string> hp)
        {
            var booster = new GradientBooster.Options { FeatureFraction = Double(hp, "FeatureFraction") };
            switch (settings.ProblemType)
            {
                case ProblemType.BinaryClassification:
                    var binary = settings.Columns(new LightGbmBinaryTrainer.Options { Booster = booster });
                    binary.NumberOfIterations = Int(hp, "NumberOfIterations");
                    binary.NumberOfLeaves = Int(hp, "NumberOfLeaves");
                    binary.LearningRate = Double(hp, "LearningRate");
                    binary.MinimumExampleCountPerLeaf = Int(hp, "MinimumExampleCountPerLeaf");
                    binary.Seed = settings.Seed;
                    binary.Silent = true;
                    return context.BinaryClassification.Trainers.LightGbm(binary);
                case ProblemType.MulticlassClassification:
                    var multiclass = settings.Columns(new LightGbmMulticlassTrainer.Options { Booster = booster });
                    multiclass.NumberOfIterations = Int(hp, "NumberOfIterations");
                    multiclass.NumberOfLeaves = Int(hp, "NumberOfLeaves");
                    multiclass.LearningRate = Double(hp, "LearningRate");
                    multiclass.MinimumExampleCountPerLeaf = Int(hp, "MinimumExampleCountPerLeaf");
                    multiclass.Seed = settings.Seed;
                    multiclass.Silent = true;
                    return context.MulticlassClassification.Trainers.LightGbm(multiclass);
                default:
                    var regression = settings.Columns(new LightGbmRegressionTrainer.Options { Booster = booster });
                    regression.NumberOfIterations = Int(hp, "NumberOfIterations");
                    regression.NumberOfLeaves = Int(hp, "NumberOfLeaves");
                    regression.LearningRate = Double(hp, "LearningRate");
                    regression.MinimumExampleCountPerLeaf = Int(hp, "MinimumExampleCountPerLeaf");
                    regression.Seed = settings.Seed;
                    regression.Silent = true;
                    return context.Regression.Trainers.LightGbm(regression);
            }
        }
    }
}
