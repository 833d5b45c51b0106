using System;
using System.Collections.Generic;

namespace AutopilotTools.Local.AutoML
{
    /// <summary>What a job produced: resolved settings, every candidate, the best one and the reports.</summary>
    public sealed class TrainingOutcome
    {
        /// <summary>An outcome filled in as the job runs.</summary>
        public TrainingOutcome() { }

        /// <summary>The problem type, given or inferred.</summary>
        public string ProblemType { get; set; } = "";

        /// <summary>The objective metric, given or defaulted.</summary>
        public string ObjectiveMetric { get; set; } = "";

        /// <summary><c>Maximize</c> or <c>Minimize</c> (the <c>AutoMLJobObjectiveType</c> values), as the metric needs.</summary>
        public string ObjectiveType { get; set; } = "";

        /// <summary><c>ENSEMBLING</c> or <c>HYPERPARAMETER_TUNING</c>: the mode AUTO resolved to, or the one given.</summary>
        public string Mode { get; set; } = "";

        /// <summary>The Autopilot algorithm names the search used.</summary>
        public IReadOnlyList<string> Algorithms { get; set; } = Array.Empty<string>();

        /// <summary>The candidate budget the search ran under.</summary>
        public int MaxCandidates { get; set; }

        /// <summary>Every candidate in training order, including failed and stopped ones.</summary>
        public IReadOnlyList<CandidateResult> Candidates { get; set; } = Array.Empty<CandidateResult>();

        /// <summary>The completed candidate with the best objective value (in the metric's direction); null if none completed.</summary>
        public CandidateResult? BestCandidate { get; set; }

        /// <summary>
        /// The final <c>AutoMLJobSecondaryStatus</c>: Completed, MaxCandidatesReached, MaxAutoMLJobRuntimeReached,
        /// Stopped (cancelled) or Failed (no candidate completed; see <see cref="FailureReason"/>).
        /// </summary>
        public string SecondaryStatus { get; set; } = "";

        /// <summary>
        /// Why no candidate completed (status Failed, or MaxAutoMLJobRuntimeReached before any finished); null when one did
        /// or the job was stopped.
        /// </summary>
        public string? FailureReason { get; set; }

        /// <summary>
        /// Column types, missing values, the target's distribution and what featurization did with each column; written
        /// before training, so present whatever happens next.
        /// </summary>
        public ReportFiles DataExplorationReport { get; set; } = null!;

        /// <summary>The best candidate's metrics, confusion matrix and feature importance; null when no candidate completed or the job was stopped.</summary>
        public ReportFiles? ModelInsightsReport { get; set; }

        /// <summary>Things the user should know about how the request was honoured locally (approximations, skipped algorithms).</summary>
        public IReadOnlyList<string> Notes { get; set; } = Array.Empty<string>();

        /// <summary>Rows used for training (after dropping rows with a missing target or an invalid weight).</summary>
        public int TrainingRows { get; set; }

        /// <summary>Rows used for validation.</summary>
        public int ValidationRows { get; set; }
    }
}
