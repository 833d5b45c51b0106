using System.Collections.Generic;
using AutopilotTools.Local.AutoML.Problems;

namespace AutopilotTools.Local.AutoML
{
    /// <summary>A progress report: the job's secondary status as Autopilot names it, and the candidates so far.</summary>
    public sealed class TrainingProgress
    {
        /// <summary>Creates a report (engines of optional assemblies report too).</summary>
        public TrainingProgress(string secondaryStatus, string message, IReadOnlyList<CandidateResult> candidates, string? currentCandidate, ResolvedObjective? objective)
        {
            Objective = objective;
            SecondaryStatus = secondaryStatus;
            Message = message;
            Candidates = candidates;
            CurrentCandidate = currentCandidate;
        }

        /// <summary>
        /// An <c>AutoMLJobSecondaryStatus</c> value: AnalyzingData, FeatureEngineering, ModelTuning (hyperparameter
        /// tuning) or TrainingModels (ensembling), GeneratingExplainabilityReport, GeneratingModelInsightsReport, then
        /// the final Completed, MaxCandidatesReached, MaxAutoMLJobRuntimeReached, Stopped or Failed.
        /// </summary>
        public string SecondaryStatus { get; }

        /// <summary>One line on what is happening.</summary>
        public string Message { get; }

        /// <summary>The candidates that have finished (completed, failed or stopped), in training order.</summary>
        public IReadOnlyList<CandidateResult> Candidates { get; }

        /// <summary>The job's objective, once the engine has resolved it (before the first candidate finishes).</summary>
        public ResolvedObjective? Objective { get; }

        /// <summary>The candidate being trained now, if any.</summary>
        public string? CurrentCandidate { get; }
    }
}
