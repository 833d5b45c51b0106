using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Tabular;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.LocalAutoML
{
    /// <summary>What stops a search — the candidate budget, the job and training runtime limits, cancellation — and what is kept.</summary>
    [Collection(LocalAutoMLCollection.Name)]
    public sealed class SearchLimitTests : IDisposable
    {
        private readonly TempDirectory _directory = new TempDirectory();
        private readonly string _data;

        public SearchLimitTests()
        {
            _data = SyntheticData.Write(_directory.Path, "churn.csv", SyntheticData.BinaryHeader, SyntheticData.BinaryRows(400, seed: 5));
        }

        public void Dispose() => _directory.Dispose();

        private TabularJobSpec Spec(string mode, params string[] algorithms) => new TabularJobSpec
        {
            TrainingPaths = new[] { _data },
            TargetAttributeName = "churn",
            Mode = mode,
            Algorithms = algorithms,
            OutputDirectory = _directory.Combine(Guid.NewGuid().ToString("N")),
        };

        [Fact]
        public async Task MaxCandidates_bounds_an_ensembling_search_and_is_reported_as_reached()
        {
            var spec = Spec(AutoMLMode.ENSEMBLING, AutoMLAlgorithm.LinearLearner, AutoMLAlgorithm.Randomforest, AutoMLAlgorithm.Lightgbm);
            var outcome = await TabularAutoML.RunAsync(new TabularJobSpec
            {
                TrainingPaths = spec.TrainingPaths, TargetAttributeName = spec.TargetAttributeName, Mode = spec.Mode,
                Algorithms = spec.Algorithms, OutputDirectory = spec.OutputDirectory, MaxCandidates = 2,
            });

            Assert.Equal(new[] { "linear-learner", "randomforest" }, outcome.Candidates.Select(c => c.Algorithm));
            Assert.Equal(AutoMLJobSecondaryStatus.MaxCandidatesReached, outcome.SecondaryStatus);
            Assert.Equal(2, outcome.MaxCandidates);
        }

        [Fact]
        public async Task Cancelling_between_trainings_stops_the_search_and_keeps_the_finished_candidates()
        {
            using var cancel = new CancellationTokenSource();
            var progress = new SynchronousProgress<TrainingProgress>(p =>
            {
                if (p.Candidates.Count == 2) cancel.Cancel();
            });
            var spec = Spec(AutoMLMode.HYPERPARAMETERTUNING, AutoMLAlgorithm.LinearLearner);

            var outcome = await TabularAutoML.RunAsync(spec, progress, cancel.Token);

            Assert.Equal(AutoMLJobSecondaryStatus.Stopped, outcome.SecondaryStatus);
            Assert.Equal(2, outcome.Candidates.Count);
            Assert.All(outcome.Candidates, c => Assert.Equal(CandidateStatus.Completed, c.Status));
            Assert.NotNull(outcome.BestCandidate);
            Assert.Null(outcome.FailureReason);
            Assert.Null(outcome.ModelInsightsReport);
            Assert.NotNull(outcome.DataExplorationReport);
        }

        [Fact]
        public async Task Cancelling_during_a_training_returns_at_once_and_marks_that_candidate_stopped()
        {
            using var cancel = new CancellationTokenSource();
            var cancelledAt = Stopwatch.StartNew();
            var progress = new SynchronousProgress<TrainingProgress>(p =>
            {
                if (p.CurrentCandidate is { } current && current.EndsWith("-002", StringComparison.Ordinal) && !cancel.IsCancellationRequested)
                {
                    cancelledAt.Restart();
                    cancel.Cancel();
                }
            });
            var spec = Spec(AutoMLMode.ENSEMBLING, AutoMLAlgorithm.LinearLearner, AutoMLAlgorithm.Xgboost, AutoMLAlgorithm.Lightgbm);

            var outcome = await TabularAutoML.RunAsync(spec, progress, cancel.Token);

            Assert.True(cancelledAt.Elapsed < TimeSpan.FromSeconds(2), $"returned {cancelledAt.Elapsed} after the cancellation");
            Assert.Equal(AutoMLJobSecondaryStatus.Stopped, outcome.SecondaryStatus);
            Assert.Equal(new[] { CandidateStatus.Completed, CandidateStatus.Stopped }, outcome.Candidates.Select(c => c.Status));
            Assert.Contains("stopped", outcome.Candidates[1].FailureReason);
            Assert.Equal(outcome.Candidates[0], outcome.BestCandidate);
        }

        [Fact]
        public async Task The_job_runtime_limit_ends_the_search_and_the_best_finished_candidate_wins()
        {
            var spec = Spec(AutoMLMode.HYPERPARAMETERTUNING);
            var clock = new TriggeredClock();
            var limited = new TabularJobSpec
            {
                TrainingPaths = spec.TrainingPaths, TargetAttributeName = spec.TargetAttributeName, Mode = spec.Mode,
                OutputDirectory = spec.OutputDirectory, MaxJobRuntime = TimeSpan.FromHours(1), Clock = clock,
            };
            // The hour is up as soon as the first candidate has completed.
            var progress = new SynchronousProgress<TrainingProgress>(p =>
            {
                if (p.Candidates.Any(c => c.Status == CandidateStatus.Completed))
                {
                    clock.Fire();
                }
            });

            var outcome = await TabularAutoML.RunAsync(limited, progress);

            Assert.Equal(AutoMLJobSecondaryStatus.MaxAutoMLJobRuntimeReached, outcome.SecondaryStatus);
            Assert.Equal(250, outcome.MaxCandidates);
            Assert.InRange(outcome.Candidates.Count(c => c.Status == CandidateStatus.Completed), 1, 249);
            Assert.NotNull(outcome.BestCandidate);
            Assert.NotNull(outcome.ModelInsightsReport);
        }

        [Fact]
        public async Task A_training_over_MaxRuntimePerTrainingJob_fails_and_with_none_completed_so_does_the_job()
        {
            var spec = Spec(AutoMLMode.ENSEMBLING, AutoMLAlgorithm.Xgboost, AutoMLAlgorithm.Randomforest);
            var outcome = await TabularAutoML.RunAsync(new TabularJobSpec
            {
                TrainingPaths = spec.TrainingPaths, TargetAttributeName = spec.TargetAttributeName, Mode = spec.Mode,
                Algorithms = spec.Algorithms, OutputDirectory = spec.OutputDirectory, MaxRuntimePerTrainingJob = TimeSpan.FromMilliseconds(1),
            });

            Assert.Equal(2, outcome.Candidates.Count);
            Assert.All(outcome.Candidates, c =>
            {
                Assert.Equal(CandidateStatus.Failed, c.Status);
                Assert.Contains("MaxRuntimePerTrainingJobInSeconds", c.FailureReason);
                Assert.Null(c.ModelPath);
            });
            Assert.Equal(AutoMLJobSecondaryStatus.Failed, outcome.SecondaryStatus);
            Assert.StartsWith("No candidate completed", outcome.FailureReason);
            Assert.Null(outcome.BestCandidate);
        }
    }
}
