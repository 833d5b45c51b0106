using System;
using System.Collections.Generic;
using AutopilotTools.Model;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using static AutopilotTools.Local.AutoML.Tabular.Algorithms.Hyperparameters;

namespace AutopilotTools.Local.AutoML.Tabular.Algorithms
{
    /// <summary>
    /// <c>linear-learner</c> → ML.NET linear models: SDCA (logistic regression, maximum entropy, least squares) by
    /// default; the search also tries L-BFGS for classification (ML.NET has no L-BFGS least-squares regressor). Like
    /// Autopilot's linear learner, a linear model; unlike it, not SGD-trained.
    /// <para>Settings found by trying them on small mixed data: classification on min-max scaled features with an L2
    /// penalty of 0.001 (ML.NET's automatic penalty, tuned to the row count, overfits the wide one-hot, hash and n-gram
    /// features); regression on mean-variance scaled features with ML.NET's automatic penalty, because SDCA least
    /// squares on min-max scaled features, or with a small penalty, can diverge (non-finite weights) when the target's
    /// scale is far from the features'. The regression search therefore keeps the penalty at 0.01 or more.</para>
    /// </summary>
    internal sealed class LinearLearnerAlgorithm : ICandidateAlgorithm
    {
        private const string Solver = "Solver";

        private static readonly HyperparameterSpace ClassificationSpace = new HyperparameterSpace()
            .Choice(Solver, "sdca", "lbfgs")
            .Float("L2Regularization", 1e-4, 1.0, logScale: true)
            .Float("L1Regularization", 1e-6, 1.0, logScale: true)
            .Int("MaximumNumberOfIterations", 10, 100);

        private static readonly HyperparameterSpace RegressionSpace = new HyperparameterSpace()
            .Choice(Solver, "sdca")
            .Float("L2Regularization", 0.01, 1.0, logScale: true)
            .Float("L1Regularization", 1e-6, 1.0, logScale: true)
            .Int("MaximumNumberOfIterations", 10, 100);

        public string Name => AutoMLAlgorithm.LinearLearner;

        public string Trainer(string problemType, IReadOnlyDictionary<string, string>? hyperparameters = null)
        {
            var solver = hyperparameters is null ? null : Text(hyperparameters, Solver, "sdca");
            return problemType switch
            {
                ProblemType.BinaryClassification => solver switch { null => "SdcaLogisticRegression or LbfgsLogisticRegression", "lbfgs" => "LbfgsLogisticRegression", _ => "SdcaLogisticRegression" },
                ProblemType.MulticlassClassification => solver switch { null => "SdcaMaximumEntropy or LbfgsMaximumEntropy", "lbfgs" => "LbfgsMaximumEntropy", _ => "SdcaMaximumEntropy" },
                _ => "SdcaRegression",
            };
        }

        public SortedDictionary<string, string> Defaults(string problemType) => problemType == ProblemType.Regression
            ? Of((Solver, "sdca"))
            : Of((Solver, "sdca"), ("L2Regularization", 0.001));

        public SortedDictionary<string, string> Sample(Random random, string problemType) =>
            (problemType == ProblemType.Regression ? RegressionSpace : ClassificationSpace).Sample(random);

        public IEstimator<ITransformer> Build(MLContext context, TrainerSettings settings, IReadOnlyDictionary<string, string> hp)
        {
            IEstimator<ITransformer> normalize = settings.ProblemType == ProblemType.Regression
                ? context.Transforms.NormalizeMeanVariance(TrainerSettings.FeaturesColumn)
                : context.Transforms.NormalizeMinMax(TrainerSettings.FeaturesColumn);
            bool lbfgs = Text(hp, Solver, "sdca") == "lbfgs";
            float? l2 = OptionalFloat(hp, "L2Regularization"), l1 = OptionalFloat(hp, "L1Regularization");
            int? iterations = OptionalInt(hp, "MaximumNumberOfIterations");
            switch (settings.ProblemType)
            {
                case ProblemType.BinaryClassification when lbfgs:
                    var lbfgsBinary = settings.Columns(new LbfgsLogisticRegressionBinaryTrainer.Options());
                    Apply(lbfgsBinary, l1, l2, iterations);
                    return normalize.Append(context.BinaryClassification.Trainers.LbfgsLogisticRegression(lbfgsBinary));
                case ProblemType.BinaryClassification:
                    var sdcaBinary = settings.Columns(new SdcaLogisticRegressionBinaryTrainer.Options());
                    Apply(sdcaBinary, l1, l2, iterations);
                    return normalize.Append(context.BinaryClassification.Trainers.SdcaLogisticRegression(sdcaBinary));
                case ProblemType.MulticlassClassification when lbfgs:
                    var lbfgsMulticlass = settings.Columns(new LbfgsMaximumEntropyMulticlassTrainer.Options());
                    Apply(lbfgsMulticlass, l1, l2, iterations);
                    return normalize.Append(context.MulticlassClassification.Trainers.LbfgsMaximumEntropy(lbfgsMulticlass));
                case ProblemType.MulticlassClassification:
                    var sdcaMulticlass = settings.Columns(new SdcaMaximumEntropyMulticlassTrainer.Options());
                    Apply(sdcaMulticlass, l1, l2, iterations);
                    return normalize.Append(context.MulticlassClassification.Trainers.SdcaMaximumEntropy(sdcaMulticlass));
                default:
                    var sdcaRegression = settings.Columns(new SdcaRegressionTrainer.Options());
                    Apply(sdcaRegression, l1, l2, iterations);
                    return normalize.Append(context.Regression.Trainers.Sdca(sdcaRegression));
            }
        }

        // One thread: SDCA's multi-threaded updates are not reproducible, and the data here is small.
        private static void Apply<T>(T options, float? l1, float? l2, int? iterations) where T : TrainerInputBaseWithWeight
        {
            switch (options)
            {
                case SdcaLogisticRegressionBinaryTrainer.Options o: o.L1Regularization = l1; o.L2Regularization = l2; o.MaximumNumberOfIterations = iterations; o.NumberOfThreads = 1; break;
                case SdcaMaximumEntropyMulticlassTrainer.Options o: o.L1Regularization = l1; o.L2Regularization = l2; o.MaximumNumberOfIterations = iterations; o.NumberOfThreads = 1; break;
                case SdcaRegressionTrainer.Options o: o.L1Regularization = l1; o.L2Regularization = l2; o.MaximumNumberOfIterations = iterations; o.NumberOfThreads = 1; break;
                case LbfgsLogisticRegressionBinaryTrainer.Options o:
                    if (l1 is float b1) o.L1Regularization = b1;
                    if (l2 is float b2) o.L2Regularization = b2;
                    if (iterations is int bi) o.MaximumNumberOfIterations = bi;
                    o.NumberOfThreads = 1;
                    break;
                case LbfgsMaximumEntropyMulticlassTrainer.Options o:
                    if (l1 is float m1) o.L1Regularization = m1;
                    if (l2 is float m2) o.L2Regularization = m2;
                    if (iterations is int mi) o.MaximumNumberOfIterations = mi;
                    o.NumberOfThreads = 1;
                    break;
            }
        }
    }
}
