using System;
using System.Collections.Generic;
using AutopilotTools.Model;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using static AutopilotTools.Local.AutoML.Tabular.Algorithms.Hyperparameters;

namespace AutopilotTools.Local.AutoML.Tabular.Algorithms
{
    /// <summary>
    /// <c>xgboost</c> → ML.NET FastTree: gradient-boosted regression trees (MART), the same family as XGBoost but not
    /// XGBoost (no second-order regularised objective, different split finding). Multiclass is one-versus-all over
    /// FastTree binary models, because FastTree has no multiclass objective.
    /// </summary>
    internal sealed class BoostedTreesAlgorithm : ICandidateAlgorithm
    {
        private static readonly HyperparameterSpace Space = new HyperparameterSpace()
            .Int("NumberOfTrees", 50, 300)
            .Int("NumberOfLeaves", 4, 64, logScale: true)
            .Float("LearningRate", 0.02, 0.3, logScale: true)
            .Int("MinimumExampleCountPerLeaf", 2, 50, logScale: true)
            .Float("FeatureFraction", 0.5, 1.0);

        public string Name => AutoMLAlgorithm.Xgboost;

        public string Trainer(string problemType, IReadOnlyDictionary<string, string>? hyperparameters = null) => problemType switch
        {
            ProblemType.BinaryClassification => "FastTreeBinary",
            ProblemType.MulticlassClassification => "OneVersusAll(FastTreeBinary)",
            _ => "FastTreeRegression",
        };

        // ML.NET's FastTree defaults.
        public SortedDictionary<string, string> Defaults(string problemType) => Of(
            ("NumberOfTrees", 100), ("NumberOfLeaves", 20), ("LearningRate", 0.2),
            ("MinimumExampleCountPerLeaf", 10), ("FeatureFraction", 1.0));

        public SortedDictionary<string, string> Sample(Random random, string problemType) => Space.Sample(random);

        public IEstimator<ITransformer> Build(MLContext context, TrainerSettings settings, IReadOnlyDictionary<string, string> hp)
        {
            switch (settings.ProblemType)
            {
                case ProblemType.BinaryClassification:
                    return context.BinaryClassification.Trainers.FastTree(Apply(settings.Columns(new FastTreeBinaryTrainer.Options()), settings, hp));
                case ProblemType.MulticlassClassification:
                    var binary = context.BinaryClassification.Trainers.FastTree(Apply(settings.Columns(new FastTreeBinaryTrainer.Options()), settings, hp));
                    return context.MulticlassClassification.Trainers.OneVersusAll(binary, Data.LabelData.ColumnName);
                default:
                    return context.Regression.Trainers.FastTree(Apply(settings.Columns(new FastTreeRegressionTrainer.Options()), settings, hp));
            }
        }

        private static T Apply<T>(T options, TrainerSettings settings, IReadOnlyDictionary<string, string> hp) where T : BoostedTreeOptions
        {
            options.NumberOfTrees = Int(hp, "NumberOfTrees");
            options.NumberOfLeaves = Int(hp, "NumberOfLeaves");
            options.LearningRate = Double(hp, "LearningRate");
            options.MinimumExampleCountPerLeaf = Int(hp, "MinimumExampleCountPerLeaf");
            options.FeatureFraction = Double(hp, "FeatureFraction");
            options.Seed = settings.Seed;
            return options;
        }
    }
}
