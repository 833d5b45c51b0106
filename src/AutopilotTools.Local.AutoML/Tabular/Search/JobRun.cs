using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Catalog;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Local.AutoML.Reports;
using AutopilotTools.Local.AutoML.Tabular.Algorithms;
using AutopilotTools.Local.AutoML.Tabular.Data;
using AutopilotTools.Local.AutoML.Tabular.Metrics;
using AutopilotTools.Local.AutoML.Tabular.Reports;
using AutopilotTools.Local.AutoML.Tabular.Scoring;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Tabular.Search
{
    /// <summary>
    /// One run of a job, stage by stage as Autopilot reports them: AnalyzingData, FeatureEngineering, ModelTuning or
    /// TrainingModels, GeneratingExplainabilityReport, GeneratingModelInsightsReport, then the final status.
    /// </summary>
    internal sealed class JobRun
    {
        /// <summary>AUTO picks ENSEMBLING below this much training data, as the service does.</summary>
        public const long EnsemblingSizeLimit = 100L * 1024 * 1024;

        /// <summary>The service's default candidate budget in HYPERPARAMETER_TUNING mode.</summary>
        public const int DefaultTuningCandidates = 250;

        /// <summary>How many of the best base models the ensemble averages.</summary>
        public const int EnsembleSize = 3;

        private readonly TabularJobSpec _spec;
        private readonly IProgress<TrainingProgress>? _progress;
        private readonly List<CandidateResult> _finished = new();
        private readonly Dictionary<string, TrainedCandidate> _models = new();
        private readonly List<string> _notes = new();
        private string _stage = AutoMLJobSecondaryStatus.Starting;
        private ResolvedObjective? _objective;

        public JobRun(TabularJobSpec spec, IProgress<TrainingProgress>? progress)
        {
            _spec = spec;
            _progress = progress;
        }

        public async Task<TrainingOutcome> RunAsync(CancellationToken cancellationToken)
        {
            var outcome = new TrainingOutcome();
            using var runtimeLimit = _spec.MaxJobRuntime is TimeSpan limit ? new CancellationTokenSource(limit, _spec.Clock) : new CancellationTokenSource();
            using var job = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, runtimeLimit.Token);

            Report(AutoMLJobSecondaryStatus.AnalyzingData, "Reading and analysing the data");
            var data = await Task.Run(() => DataPreparation.Prepare(_spec), CancellationToken.None).ConfigureAwait(false);
            outcome.ProblemType = data.ProblemType;
            outcome.ObjectiveMetric = _spec.ObjectiveMetric ?? ObjectiveMetrics.DefaultFor(data.ProblemType)!;
            outcome.ObjectiveType = ObjectiveMetrics.ObjectiveType(outcome.ObjectiveMetric);
            _objective = new ResolvedObjective(outcome.ObjectiveMetric, outcome.ObjectiveType, outcome.ProblemType);
            if (SpecValidator.ObjectiveProblem(outcome.ObjectiveMetric, data.ProblemType) is { } mismatch)
                throw new AutoMLDataException(mismatch + $" (The problem type was inferred from the target column '{data.TargetAttributeName}'.)");
            outcome.TrainingRows = data.Training.Count;
            outcome.ValidationRows = data.Validation.Count;
            outcome.Mode = ResolveMode(data);
            var algorithms = ResolveAlgorithms(outcome.Mode);
            outcome.Algorithms = algorithms.Select(a => a.Name).ToList();
            outcome.MaxCandidates = _spec.MaxCandidates ?? (outcome.Mode == AutoMLMode.ENSEMBLING ? algorithms.Count + (algorithms.Count > 1 ? 1 : 0) : DefaultTuningCandidates);
            var reports = Path.Combine(_spec.OutputDirectory, "reports");
            outcome.DataExplorationReport = DataExplorationReport.Write(reports, data, _spec.TrainingPaths, _spec.ValidationPaths);
            AddNotes(outcome, data);

            Report(AutoMLJobSecondaryStatus.FeatureEngineering, $"Fitting the featurizer on {data.Training.Count} rows, {data.Features.Count} columns");
            var session = await FeaturizeAsync(data, outcome.ObjectiveMetric, job.Token).ConfigureAwait(false);
            bool interrupted = session is null
                || await SearchAsync(outcome, session, new CandidateTrainer(session, _spec.OutputDirectory, _spec.Seed), algorithms, job.Token).ConfigureAwait(false);
            outcome.BestCandidate = Best(outcome.ObjectiveMetric);
            outcome.SecondaryStatus = FinalStatus(outcome, cancellationToken.IsCancellationRequested, interrupted);
            if (session != null && outcome.BestCandidate != null && !cancellationToken.IsCancellationRequested)
                outcome.ModelInsightsReport = Insights(outcome, session, reports);

            if (outcome.BestCandidate is null && outcome.SecondaryStatus != AutoMLJobSecondaryStatus.Stopped)
            {
                outcome.FailureReason = _finished.Count == 0
                    ? "No candidate finished before MaxAutoMLJobRuntimeInSeconds was reached."
                    : CandidateRuntimeLimit.NoneCompleted(_finished);
                outcome.SecondaryStatus = outcome.SecondaryStatus == AutoMLJobSecondaryStatus.MaxAutoMLJobRuntimeReached
                    ? outcome.SecondaryStatus
                    : AutoMLJobSecondaryStatus.Failed;
            }
            outcome.Notes = _notes.ToList();
            outcome.Candidates = _finished.ToList();
            Report(outcome.SecondaryStatus, outcome.FailureReason ?? $"{_finished.Count(c => c.Status == CandidateStatus.Completed)} candidates completed; best: {outcome.BestCandidate?.Name ?? "none"}");
            return outcome;
        }

        // Null when the job stopped (cancelled or out of time) while featurizing.
        private async Task<TrainingSession?> FeaturizeAsync(PreparedData data, string objective, CancellationToken job)
        {
            var work = Task.Run(() => TrainingSession.Create(data, objective, _spec.Seed, job), CancellationToken.None);
            try
            {
                return await work.WaitAsync(job).ConfigureAwait(false);
            }
            catch (Exception) when (job.IsCancellationRequested)
            {
                CandidateRuntimeLimit.Abandon(work);
                return null;
            }
        }

        /// <summary>Trains the mode's candidates; true when the job token ended the search early.</summary>
        private async Task<bool> SearchAsync(TrainingOutcome outcome, TrainingSession session, CandidateTrainer trainer, IReadOnlyList<ICandidateAlgorithm> algorithms, CancellationToken job)
        {
            var namer = new CandidateNamer(_spec.CandidateNamePrefix);
            bool ensembling = outcome.Mode == AutoMLMode.ENSEMBLING;
            _stage = ensembling ? AutoMLJobSecondaryStatus.TrainingModels : AutoMLJobSecondaryStatus.ModelTuning;
            Report(_stage, ensembling ? "Training the base models" : "Searching hyperparameters");
            var plans = ensembling
                ? SearchPlanner.EnsembleMembers(algorithms, session.ProblemType, outcome.MaxCandidates, namer)
                : SearchPlanner.Tuning(algorithms, session.ProblemType, _spec.Seed, outcome.MaxCandidates, namer);
            foreach (var plan in plans)
            {
                if (job.IsCancellationRequested) return true;
                _finished.Add(await TrainAsync(plan, session, trainer, job).ConfigureAwait(false));
                Report(_stage, $"{plan.Name}: {_finished[^1].Status}");
            }
            if (job.IsCancellationRequested) return true;
            if (!ensembling || _finished.Count >= outcome.MaxCandidates) return false;

            var members = _finished.Where(c => c.Status == CandidateStatus.Completed)
                .OrderByDescending(c => ObjectiveMetrics.Oriented(outcome.ObjectiveMetric, c.ObjectiveValue!.Value))
                .Take(EnsembleSize)
                .Select(c => (c, _models[c.Name]))
                .ToList();
            if (members.Count < 2)
            {
                _notes.Add("No ensemble was trained: it needs at least two completed base models.");
                return false;
            }
            _finished.Add(Ensemble(namer.Name(CandidateTrainer.EnsembleAlgorithm, _finished.Count + 1), members, trainer));
            Report(_stage, $"{_finished[^1].Name}: {_finished[^1].Status}");
            return false;
        }

        private async Task<CandidateResult> TrainAsync(CandidatePlan plan, TrainingSession session, CandidateTrainer trainer, CancellationToken job)
        {
            var result = new CandidateResult(plan.Name, plan.Algorithm.Name, plan.Algorithm.Trainer(session.ProblemType, plan.Hyperparameters), plan.Hyperparameters)
            {
                StartTime = DateTimeOffset.UtcNow,
            };
            Report(_stage, $"Training {plan.Name}", plan.Name);
            using var candidate = new CandidateRuntimeLimit(_spec.MaxRuntimePerTrainingJob, _spec.Clock, job);
            try
            {
                Complete(result, await candidate.RunAsync(token => trainer.Train(plan, token)).ConfigureAwait(false));
            }
            catch (Exception) when (candidate.Token.IsCancellationRequested)
            {
                if (job.IsCancellationRequested)
                {
                    result.Status = CandidateStatus.Stopped;
                    result.FailureReason = "The job stopped while this candidate was training.";
                }
                else
                {
                    result.Status = CandidateStatus.Failed;
                    result.FailureReason = candidate.FailureReason;
                }
            }
            catch (Exception e)
            {
                result.Status = CandidateStatus.Failed;
                result.FailureReason = "Training failed: " + e.Message;
            }
            result.EndTime = DateTimeOffset.UtcNow;
            return result;
        }

        private CandidateResult Ensemble(string name, List<(CandidateResult Result, TrainedCandidate Model)> members, CandidateTrainer trainer)
        {
            var hyperparameters = Hyperparameters.Of(("Combination", "mean"), ("Members", string.Join(",", members.Select(m => m.Result.Name))));
            var result = new CandidateResult(name, CandidateTrainer.EnsembleAlgorithm, CandidateTrainer.EnsembleTrainer, hyperparameters)
            {
                StartTime = DateTimeOffset.UtcNow,
                EnsembleMembers = members.Select(m => m.Result.Name).ToList(),
            };
            Report(_stage, $"Averaging {string.Join(", ", result.EnsembleMembers)}", name);
            try
            {
                Complete(result, trainer.Ensemble(name, hyperparameters, members));
            }
            catch (Exception e)
            {
                result.Status = CandidateStatus.Failed;
                result.FailureReason = "The ensemble failed: " + e.Message;
            }
            result.EndTime = DateTimeOffset.UtcNow;
            return result;
        }

        private void Complete(CandidateResult result, TrainedCandidate trained)
        {
            result.Status = CandidateStatus.Completed;
            result.Metrics = trained.Metrics;
            result.ObjectiveValue = trained.Objective;
            result.ModelDirectory = trained.Directory;
            result.ModelPath = trained.ModelPath;
            _models[result.Name] = trained;
        }

        // The ranking a listing sorted best first follows too, so that the best candidate is the first it shows.
        private CandidateResult? Best(string objective)
        {
            bool minimized = ObjectiveMetrics.IsMinimized(objective);
            CandidateResult? best = null;
            foreach (var c in _finished)
            {
                if (c.Status != CandidateStatus.Completed || c.ObjectiveValue is not double value) continue;
                if (best is null || CandidateRanking.Compare(value, c.Name, best.ObjectiveValue!.Value, best.Name, minimized) < 0) best = c;
            }
            return best;
        }

        private string FinalStatus(TrainingOutcome outcome, bool stopped, bool interrupted)
        {
            if (stopped) return AutoMLJobSecondaryStatus.Stopped;
            if (interrupted) return AutoMLJobSecondaryStatus.MaxAutoMLJobRuntimeReached;
            bool budgetCut = outcome.Mode == AutoMLMode.HYPERPARAMETERTUNING
                ? _finished.Count >= outcome.MaxCandidates
                : _spec.MaxCandidates is int max && _finished.Count >= max && max < outcome.Algorithms.Count + (outcome.Algorithms.Count > 1 ? 1 : 0);
            return budgetCut ? AutoMLJobSecondaryStatus.MaxCandidatesReached : AutoMLJobSecondaryStatus.Completed;
        }

        private ReportFiles Insights(TrainingOutcome outcome, TrainingSession session, string reports)
        {
            var best = outcome.BestCandidate!;
            var scorer = _models[best.Name].Scorer;
            Report(AutoMLJobSecondaryStatus.GeneratingExplainabilityReport, $"Permutation feature importance for {best.Name}");
            var importance = PermutationImportance.Compute(scorer, session.Validation, session.ValidationTruth, session.ProblemType, outcome.ObjectiveMetric, _spec.Seed);
            Report(AutoMLJobSecondaryStatus.GeneratingModelInsightsReport, $"Model insights for {best.Name}");
            return ModelInsightsReport.Write(reports, new ModelInsightsReport.Input(
                best, session.ProblemType, outcome.ObjectiveMetric, session.Data.Labels?.Labels, scorer.Score(session.Validation),
                session.ValidationTruth, importance, _finished.ToList()));
        }

        private string ResolveMode(PreparedData data)
        {
            if (_spec.Mode != AutoMLMode.AUTO) return _spec.Mode;
            var mode = data.TrainingBytes < EnsemblingSizeLimit ? AutoMLMode.ENSEMBLING : AutoMLMode.HYPERPARAMETERTUNING;
            _notes.Add($"AUTO chose {mode}: the training data is {data.TrainingBytes / (1024.0 * 1024.0):0.##} MB ({(mode == AutoMLMode.ENSEMBLING ? "under" : "at least")} 100 MB).");
            return mode;
        }

        private IReadOnlyList<ICandidateAlgorithm> ResolveAlgorithms(string mode)
        {
            if (_spec.Algorithms.Count > 0)
                return _spec.Algorithms.Distinct().Select(n => AlgorithmCatalog.Find(n)!).ToList();
            var algorithms = AlgorithmCatalog.DefaultsFor(mode);
            var skipped = AlgorithmCatalog.Table.Where(a => !a.IsSupported && a.ServiceModes.Contains(mode)).Select(a => a.Name).ToList();
            if (skipped.Count > 0)
                _notes.Add($"{string.Join(", ", skipped)} {(skipped.Count == 1 ? "is" : "are")} not trained locally (no faithful ML.NET equivalent); {mode} uses {string.Join(", ", algorithms.Select(a => a.Name))}.");
            return algorithms;
        }

        private void AddNotes(TrainingOutcome outcome, PreparedData data)
        {
            var names = outcome.Algorithms;
            if (names.Contains(AutoMLAlgorithm.Xgboost)) _notes.Add("xgboost is trained with ML.NET FastTree: gradient-boosted trees like XGBoost, not XGBoost itself.");
            if (names.Contains(AutoMLAlgorithm.ExtraTrees)) _notes.Add("extra-trees is approximated with ML.NET FastForest (no bagging, a random feature subset per split, coarse thresholds); ML.NET cannot draw split thresholds at random as Extra-Trees does.");
            if (outcome.Mode == AutoMLMode.ENSEMBLING) _notes.Add("The ensemble averages the scores of the best base models; Autopilot stacks them with a second-level model.");
            else _notes.Add("Hyperparameters are searched at random, each algorithm starting from its defaults; Autopilot uses Bayesian optimisation.");
            if (data.SampleWeightAttributeName != null && outcome.Mode == AutoMLMode.HYPERPARAMETERTUNING)
                _notes.Add("Sample weights are honoured here in HYPERPARAMETER_TUNING mode too; the service supports them in ENSEMBLING mode only.");
        }

        private void Report(string status, string message, string? current = null) =>
            _progress?.Report(new TrainingProgress(status, message, _finished.ToList(), current, _objective));
    }
}
