using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.LocalAutoML
{
    /// <summary>The three trained jobs: what was resolved, what trained, how good it is, and which candidate won.</summary>
    [Collection(LocalAutoMLCollection.Name)]
    public sealed class TrainingTests
    {
        private static readonly string[] BinaryMetrics = { "Accuracy", "AUC", "BalancedAccuracy", "F1", "LogLoss", "Precision", "Recall" };
        private static readonly string[] MulticlassMetrics = { "Accuracy", "BalancedAccuracy", "F1macro", "LogLoss", "PrecisionMacro", "RecallMacro" };
        private static readonly string[] RegressionMetrics = { "MSE", "RMSE", "MAE", "R2" };

        private readonly BinaryJob _binary;
        private readonly MulticlassJob _multiclass;
        private readonly RegressionJob _regression;

        public TrainingTests(BinaryJob binary, MulticlassJob multiclass, RegressionJob regression)
        {
            _binary = binary;
            _multiclass = multiclass;
            _regression = regression;
        }

        [Fact]
        public void Binary_job_infers_the_problem_type_and_defaults_the_objective_to_F1()
        {
            var outcome = _binary.Outcome;
            Assert.Equal(ProblemType.BinaryClassification, outcome.ProblemType);
            Assert.Equal(AutoMLMetricEnum.F1, outcome.ObjectiveMetric);
            Assert.Equal(AutoMLJobObjectiveType.Maximize, outcome.ObjectiveType);
            Assert.Equal(AutoMLMode.ENSEMBLING, outcome.Mode);
            Assert.Equal(AutoMLJobSecondaryStatus.Completed, outcome.SecondaryStatus);
            Assert.Null(outcome.FailureReason);
        }

        [Fact]
        public void Binary_job_beats_the_majority_class_and_always_yes_by_a_clear_margin()
        {
            var rows = SyntheticData.BinaryRows(1000, seed: 1);
            double majority = Math.Max(rows.Count(r => r[^1] == "yes"), rows.Count(r => r[^1] == "no")) / (double)rows.Count;
            double yes = rows.Count(r => r[^1] == "yes") / (double)rows.Count;
            double alwaysYesF1 = 2 * yes / (1 + yes);

            var best = _binary.Outcome.BestCandidate!;
            Assert.True(best.Metrics["Accuracy"] >= majority + 0.15, $"accuracy {best.Metrics["Accuracy"]} vs majority {majority}");
            Assert.True(best.ObjectiveValue >= alwaysYesF1 + 0.1, $"F1 {best.ObjectiveValue} vs always-yes {alwaysYesF1}");
            Assert.True(best.Metrics["AUC"] >= 0.8, $"AUC {best.Metrics["AUC"]}");
        }

        [Fact]
        public void Every_candidate_reports_exactly_the_standard_metrics_of_its_problem_type()
        {
            foreach (var (job, expected) in new (TrainedJob, string[])[] { (_binary, BinaryMetrics), (_multiclass, MulticlassMetrics), (_regression, RegressionMetrics) })
            {
                foreach (var candidate in job.Outcome.Candidates)
                {
                    Assert.Equal(CandidateStatus.Completed, candidate.Status);
                    Assert.Equal(expected.OrderBy(m => m), candidate.Metrics.Keys.OrderBy(m => m));
                    Assert.Equal(candidate.Metrics[job.Outcome.ObjectiveMetric], candidate.ObjectiveValue);
                    Assert.All(expected, m => Assert.Contains(m, AutoMLMetricExtendedEnum.Values));
                }
            }
        }

        [Fact]
        public void Ensembling_trains_each_requested_algorithm_once_then_averages_the_best_three()
        {
            var outcome = _binary.Outcome;
            Assert.Equal(_binary.Spec.Algorithms, outcome.Candidates.Take(5).Select(c => c.Algorithm));
            Assert.Equal(new[] { "LightGbmBinary", "FastTreeBinary", "FastForestBinary+PlattCalibrator", "FastForestBinary+PlattCalibrator (extra-trees settings)", "SdcaLogisticRegression" },
                outcome.Candidates.Take(5).Select(c => c.Trainer));
            var ensemble = outcome.Candidates[5];
            Assert.Equal("ensemble", ensemble.Algorithm);
            Assert.Equal("churn-ensemble-006", ensemble.Name);
            var topThree = outcome.Candidates.Take(5).OrderByDescending(c => c.ObjectiveValue).Take(3).Select(c => c.Name);
            Assert.Equal(topThree, ensemble.EnsembleMembers);
            Assert.Equal(6, outcome.Candidates.Count);
            Assert.Equal(6, outcome.MaxCandidates);
        }

        [Fact]
        public void The_best_candidate_is_the_best_by_the_objective_in_its_direction()
        {
            var binary = _binary.Outcome;
            Assert.Equal(binary.Candidates.Max(c => c.ObjectiveValue), binary.BestCandidate!.ObjectiveValue);
            var multiclass = _multiclass.Outcome;
            Assert.Equal(multiclass.Candidates.Max(c => c.ObjectiveValue), multiclass.BestCandidate!.ObjectiveValue);

            var regression = _regression.Outcome;
            Assert.Equal(AutoMLJobObjectiveType.Minimize, regression.ObjectiveType);
            Assert.Equal(regression.Candidates.Min(c => c.ObjectiveValue), regression.BestCandidate!.ObjectiveValue);
            Assert.Contains(regression.Candidates, c => c.ObjectiveValue > regression.BestCandidate.ObjectiveValue);
        }

        [Fact]
        public void Multiclass_job_reads_two_files_infers_the_type_and_beats_the_majority_class()
        {
            var outcome = _multiclass.Outcome;
            Assert.Equal(ProblemType.MulticlassClassification, outcome.ProblemType);
            Assert.Equal(AutoMLMetricEnum.Accuracy, outcome.ObjectiveMetric);
            Assert.Equal(600, outcome.TrainingRows + outcome.ValidationRows);
            Assert.Equal(120, outcome.ValidationRows);
            Assert.Equal(new[] { "xgboost", "randomforest", "ensemble" }, outcome.Candidates.Select(c => c.Algorithm));
            Assert.Equal("OneVersusAll(FastTreeBinary)", outcome.Candidates[0].Trainer);
            Assert.True(outcome.BestCandidate!.ObjectiveValue >= 0.8, $"accuracy {outcome.BestCandidate.ObjectiveValue} (majority ≈ 0.35)");
        }

        [Fact]
        public void Regression_tuning_infers_the_type_uses_MSE_and_explains_most_of_the_variance()
        {
            var outcome = _regression.Outcome;
            Assert.Equal(ProblemType.Regression, outcome.ProblemType);
            Assert.Equal(AutoMLMetricEnum.MSE, outcome.ObjectiveMetric);
            Assert.Equal(AutoMLMode.HYPERPARAMETERTUNING, outcome.Mode);

            var prices = SyntheticData.RegressionRows(800, seed: 3).Select(r => double.Parse(r[^1], CultureInfo.InvariantCulture)).ToList();
            double variance = prices.Select(p => (p - prices.Average()) * (p - prices.Average())).Average();
            var best = outcome.BestCandidate!;
            Assert.True(best.ObjectiveValue < 0.1 * variance, $"MSE {best.ObjectiveValue} vs predicting the mean {variance}");
            Assert.True(best.Metrics["R2"] > 0.9, $"R2 {best.Metrics["R2"]}");
            Assert.Equal(Math.Sqrt(best.Metrics["MSE"]), best.Metrics["RMSE"], 9);
        }

        [Fact]
        public void Tuning_without_algorithms_uses_the_modes_local_algorithms_and_says_mlp_is_not_trained()
        {
            var outcome = _regression.Outcome;
            Assert.Equal(new[] { "xgboost", "linear-learner" }, outcome.Algorithms);
            Assert.Contains(outcome.Notes, n => n.Contains("mlp") && n.Contains("not trained locally"));
            Assert.Contains(outcome.Notes, n => n.Contains("FastTree") && n.Contains("not XGBoost"));
        }

        [Fact]
        public void Tuning_starts_each_algorithm_at_its_defaults_then_draws_other_settings_up_to_MaxCandidates()
        {
            var outcome = _regression.Outcome;
            Assert.Equal(4, outcome.Candidates.Count);
            Assert.Equal(AutoMLJobSecondaryStatus.MaxCandidatesReached, outcome.SecondaryStatus);
            Assert.Equal(new[] { "xgboost", "linear-learner", "xgboost", "linear-learner" }, outcome.Candidates.Select(c => c.Algorithm));
            Assert.Equal("100", outcome.Candidates[0].Hyperparameters["NumberOfTrees"]);
            Assert.NotEqual(outcome.Candidates[0].Hyperparameters, outcome.Candidates[2].Hyperparameters);
            Assert.NotEqual(outcome.Candidates[1].Hyperparameters, outcome.Candidates[3].Hyperparameters);
            Assert.Equal(new[] { "xgboost-001", "linear-learner-002", "xgboost-003", "linear-learner-004" }, outcome.Candidates.Select(c => c.Name));
        }

        [Fact]
        public void Every_completed_candidate_has_a_model_a_sidecar_and_its_timing()
        {
            foreach (var job in new TrainedJob[] { _binary, _multiclass, _regression })
            {
                foreach (var c in job.Outcome.Candidates)
                {
                    Assert.True(File.Exists(Path.Combine(c.ModelDirectory!, "candidate.json")), c.Name);
                    Assert.True(File.Exists(c.ModelPath), c.Name);
                    Assert.Equal(c.Algorithm == "ensemble" ? "candidate.json" : "model.zip", Path.GetFileName(c.ModelPath));
                    Assert.True(c.EndTime >= c.StartTime);
                    Assert.True(c.TrainingTime < TimeSpan.FromSeconds(30));
                }
            }
        }

        [Fact]
        public void Progress_walks_through_Autopilots_secondary_statuses_with_the_candidates_so_far()
        {
            var statuses = _binary.Progress.Select(p => p.SecondaryStatus).Distinct().ToList();
            Assert.Equal(new[]
            {
                AutoMLJobSecondaryStatus.AnalyzingData, AutoMLJobSecondaryStatus.FeatureEngineering, AutoMLJobSecondaryStatus.TrainingModels,
                AutoMLJobSecondaryStatus.GeneratingExplainabilityReport, AutoMLJobSecondaryStatus.GeneratingModelInsightsReport, AutoMLJobSecondaryStatus.Completed,
            }, statuses);
            Assert.Contains(AutoMLJobSecondaryStatus.ModelTuning, _regression.Progress.Select(p => p.SecondaryStatus));
            var counts = _binary.Progress.Select(p => p.Candidates.Count).ToList();
            Assert.Equal(counts.OrderBy(c => c), counts);
            Assert.Equal(6, counts[^1]);
            Assert.Contains(_binary.Progress, p => p.CurrentCandidate == "churn-lightgbm-001");
        }
    }
}
