using System;
using System.Collections.Generic;
using AutopilotTools.Model;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using static AutopilotTools.Local.AutoML.Tabular.Algorithms.Hyperparameters;

namespace AutopilotTools.Local.AutoML.Tabular.Algorithms
{
    /// <summary>
    /// <c>randomforest</c> and <c>extra-trees</c> → ML.NET FastForest, with different settings.
    /// <para><c>randomforest</c>: bagged trees on random row samples with random feature subsets — a random forest,
    /// though FastForest splits on quantile bins.</para>
    /// <para><c>extra-trees</c> is an approximation, said plainly: Extremely Randomized Trees draw split thresholds at
    /// random, which no ML.NET trainer can do. What is kept of it: no bootstrap (every tree sees every row), a random
    /// half of the features considered at each split, deep trees, and coarse 32-bin thresholds.</para>
    /// Binary forests are Platt-calibrated (FastForest scores are not probabilities); multiclass is one-versus-all.
    /// </summary>
    internal sealed class ForestAlgorithm : ICandidateAlgorithm
    {
        private readonly bool _extraTrees;
        private readonly HyperparameterSpace _space;

        private ForestAlgorithm(bool extraTrees)
        {
            _extraTrees = extraTrees;
            _space = extraTrees
                ? new HyperparameterSpace()
                    .Int("NumberOfTrees", 50, 300)
                    .Int("NumberOfLeaves", 16, 128, logScale: true)
                    .Int("MinimumExampleCountPerLeaf", 1, 20, logScale: true)
                    .Float("FeatureFractionPerSplit", 0.3, 1.0)
                : new HyperparameterSpace()
                    .Int("NumberOfTrees", 50, 300)
                    .Int("NumberOfLeaves", 8, 128, logScale: true)
                    .Int("MinimumExampleCountPerLeaf", 1, 30, logScale: true)
                    .Float("FeatureFraction", 0.3, 1.0);
        }

        public static ForestAlgorithm RandomForest { get; } = new ForestAlgorithm(extraTrees: false);

        public static ForestAlgorithm ExtraTrees { get; } = new ForestAlgorithm(extraTrees: true);

        public string Name => _extraTrees ? AutoMLAlgorithm.ExtraTrees : AutoMLAlgorithm.Randomforest;

        public string Trainer(string problemType, IReadOnlyDictionary<string, string>? hyperparameters = null)
        {
            var settings = _extraTrees ? " (extra-trees settings)" : "";
            return problemType switch
            {
                ProblemType.BinaryClassification => "FastForestBinary+PlattCalibrator" + settings,
                ProblemType.MulticlassClassification => "OneVersusAll(FastForestBinary)" + settings,
                _ => "FastForestRegression" + settings,
            };
        }

        public SortedDictionary<string, string> Defaults(string problemType) => _extraTrees
            ? Of(("NumberOfTrees", 100), ("NumberOfLeaves", 64), ("MinimumExampleCountPerLeaf", 2), ("FeatureFractionPerSplit", 0.5))
            // ML.NET's FastForest defaults.
            : Of(("NumberOfTrees", 100), ("NumberOfLeaves", 20), ("MinimumExampleCountPerLeaf", 10), ("FeatureFraction", 0.7));

        public SortedDictionary<string, string> Sample(Random random, string problemType) => _space.Sample(random);

        public IEstimator<ITransformer> Build(MLContext context, TrainerSettings settings, IReadOnlyDictionary<string, string> hp)
        {
            switch (settings.ProblemType)
            {
                case ProblemType.BinaryClassification:
                    return context.BinaryClassification.Trainers.FastForest(Apply(settings.Columns(new FastForestBinaryTrainer.Options()), settings, hp))
                        .Append(context.BinaryClassification.Calibrators.Platt(Data.LabelData.ColumnName, exampleWeightColumnName: settings.WeightColumn));
                case ProblemType.MulticlassClassification:
                    var binary = context.BinaryClassification.Trainers.FastForest(Apply(settings.Columns(new FastForestBinaryTrainer.Options()), settings, hp));
                    return context.MulticlassClassification.Trainers.OneVersusAll(binary, Data.LabelData.ColumnName);
                default:
                    return context.Regression.Trainers.FastForest(Apply(settings.Columns(new FastForestRegressionTrainer.Options()), settings, hp));
            }
        }

        private T Apply<T>(T options, TrainerSettings settings, IReadOnlyDictionary<string, string> hp) where T : FastForestOptionsBase
        {
            options.NumberOfTrees = Int(hp, "NumberOfTrees");
            options.NumberOfLeaves = Int(hp, "NumberOfLeaves");
            options.MinimumExampleCountPerLeaf = Int(hp, "MinimumExampleCountPerLeaf");
            options.Seed = settings.Seed;
            options.FeatureSelectionSeed = settings.Seed;
            if (_extraTrees)
            {
                options.BaggingSize = 0;
                options.FeatureFraction = 1.0;
                options.FeatureFractionPerSplit = Double(hp, "FeatureFractionPerSplit");
                options.MaximumBinCountPerFeature = 32;
            }
            else
            {
                options.FeatureFraction = Double(hp, "FeatureFraction");
            }
            return options;
        }
    }
}
