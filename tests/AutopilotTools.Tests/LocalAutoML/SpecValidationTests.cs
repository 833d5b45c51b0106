using System;
using System.Linq;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Tabular;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.LocalAutoML
{
    /// <summary>Specifications refused before any data is read, and the algorithm table.</summary>
    public sealed class SpecValidationTests
    {
        private static TabularJobSpec Spec(string mode = "AUTO", string[]? algorithms = null, string? problemType = null, string? objective = null) => new TabularJobSpec
        {
            TrainingPaths = new[] { "/nowhere/train.csv" },
            TargetAttributeName = "y",
            Mode = mode,
            Algorithms = algorithms ?? Array.Empty<string>(),
            ProblemType = problemType,
            ObjectiveMetric = objective,
            OutputDirectory = "/nowhere/out",
        };

        [Theory]
        [InlineData(AutoMLAlgorithm.Mlp, "HYPERPARAMETER_TUNING", "multilayer perceptron", "xgboost, linear-learner")]
        [InlineData(AutoMLAlgorithm.Catboost, "ENSEMBLING", "CatBoost", "lightgbm, xgboost, randomforest, extra-trees, linear-learner")]
        [InlineData(AutoMLAlgorithm.NnTorch, "ENSEMBLING", "PyTorch", "lightgbm, xgboost, randomforest, extra-trees, linear-learner")]
        [InlineData(AutoMLAlgorithm.Fastai, "ENSEMBLING", "fastai", "lightgbm, xgboost, randomforest, extra-trees, linear-learner")]
        public void Algorithms_without_a_faithful_ML_NET_equivalent_are_refused_naming_what_is_honoured(string algorithm, string mode, string why, string honoured)
        {
            var error = Assert.Throws<AutoMLValidationException>(() => TabularAutoML.Validate(Spec(mode, new[] { AutoMLAlgorithm.Xgboost, algorithm })));

            Assert.Contains($"'{algorithm}'", error.Message);
            Assert.Contains(why, error.Message);
            Assert.Contains($"In {mode} mode it trains: {honoured}.", error.Message);
        }

        [Fact]
        public async Task RunAsync_refuses_an_unsupported_algorithm_before_touching_the_data()
        {
            var error = await Assert.ThrowsAsync<AutoMLValidationException>(() => TabularAutoML.RunAsync(Spec("ENSEMBLING", new[] { AutoMLAlgorithm.Catboost })));
            Assert.Contains("catboost", error.Message);
        }

        [Theory]
        [InlineData("HYPERPARAMETER_TUNING", "lightgbm", "not available in HYPERPARAMETER_TUNING mode; that mode takes xgboost, linear-learner, mlp")]
        [InlineData("AUTO", "xgboost", "only be chosen with Mode ENSEMBLING or HYPERPARAMETER_TUNING")]
        [InlineData("ENSEMBLING", "XGBoost", "did you mean 'xgboost'")]
        [InlineData("ENSEMBLING", "deepar", "time-series forecasting algorithm")]
        [InlineData("ENSEMBLING", "svm", "not an Autopilot algorithm")]
        public void Algorithms_must_exist_and_fit_the_mode_as_the_service_requires(string mode, string algorithm, string message)
        {
            var error = Assert.Throws<AutoMLValidationException>(() => TabularAutoML.Validate(Spec(mode, new[] { algorithm })));
            Assert.Contains(message, error.Message);
        }

        [Theory]
        [InlineData("Regression", "F1", "F1 does not apply to Regression; use one of MSE, RMSE, MAE, R2")]
        [InlineData("MulticlassClassification", "F1", "use one of Accuracy, BalancedAccuracy, F1macro, LogLoss, PrecisionMacro, RecallMacro")]
        [InlineData("BinaryClassification", "MAPE", "'MAPE' is not a tabular metric")]
        [InlineData("Binary", null, "ProblemType 'Binary' is not one of BinaryClassification, MulticlassClassification, Regression")]
        public void Problem_types_and_objectives_must_match(string problemType, string? objective, string message)
        {
            var error = Assert.Throws<AutoMLValidationException>(() => TabularAutoML.Validate(Spec(problemType: problemType, objective: objective)));
            Assert.Contains(message, error.Message);
        }

        [Fact]
        public void Every_problem_is_reported_at_once()
        {
            var spec = new TabularJobSpec { TargetAttributeName = "", ValidationFraction = 1, MaxCandidates = 0, Mode = "FAST" };
            var error = Assert.Throws<AutoMLValidationException>(() => TabularAutoML.Validate(spec));
            foreach (var part in new[] { "training file", "TargetAttributeName", "OutputDirectory", "Mode 'FAST'", "ValidationFraction", "MaxCandidates" })
                Assert.Contains(part, error.Message);
        }

        [Fact]
        public void A_valid_spec_passes()
        {
            TabularAutoML.Validate(Spec(AutoMLMode.ENSEMBLING, new[] { "lightgbm", "extra-trees" }, "BinaryClassification", "LogLoss"));
        }

        [Fact]
        public void The_algorithm_table_covers_every_tabular_algorithm_and_says_what_stands_in()
        {
            var table = TabularAutoML.Algorithms.ToDictionary(a => a.Name);
            var tabular = new[] { "xgboost", "linear-learner", "mlp", "lightgbm", "catboost", "randomforest", "extra-trees", "nn-torch", "fastai" };
            Assert.Equal(tabular.OrderBy(n => n), table.Keys.OrderBy(n => n));
            Assert.Equal(new[] { "extra-trees", "lightgbm", "linear-learner", "randomforest", "xgboost" }, table.Values.Where(a => a.IsSupported).Select(a => a.Name).OrderBy(n => n));
            Assert.Contains("FastTree", table["xgboost"].Implementation);
            Assert.Contains("approximation", table["extra-trees"].Implementation);
            Assert.Equal(new[] { "ENSEMBLING", "HYPERPARAMETER_TUNING" }, table["xgboost"].ServiceModes);
            Assert.Equal(new[] { "HYPERPARAMETER_TUNING" }, table["mlp"].ServiceModes);
        }
    }
}
