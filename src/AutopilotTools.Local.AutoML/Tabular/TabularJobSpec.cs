using System;
using System.Collections.Generic;

namespace AutopilotTools.Local.AutoML.Tabular
{
    /// <summary>
    /// What one local tabular Autopilot job trains on and how: the members of a <c>TabularJobConfig</c> plus the data
    /// files and the output directory. Only <see cref="TrainingPaths"/>, <see cref="TargetAttributeName"/> and
    /// <see cref="OutputDirectory"/> are required; every other member has the service's default.
    /// </summary>
    public sealed class TabularJobSpec
    {
        /// <summary>CSV files with a header row; several files are concatenated and must share one header.</summary>
        public IReadOnlyList<string> TrainingPaths { get; init; } = Array.Empty<string>();

        /// <summary>
        /// CSV files of the validation channel (same header as the training files). When empty, the training data is
        /// split by <see cref="ValidationFraction"/>, as the service does.
        /// </summary>
        public IReadOnlyList<string> ValidationPaths { get; init; } = Array.Empty<string>();

        /// <summary>The column to predict.</summary>
        public string TargetAttributeName { get; init; } = "";

        /// <summary>
        /// <c>BinaryClassification</c>, <c>MulticlassClassification</c> or <c>Regression</c>; inferred from the target
        /// column when null (see <see cref="TabularAutoML"/> for the rule).
        /// </summary>
        public string? ProblemType { get; init; }

        /// <summary>
        /// An <c>AutoMLMetricEnum</c> name (or <c>LogLoss</c>). When null: F1 for binary classification, Accuracy for
        /// multiclass classification, MSE for regression.
        /// </summary>
        public string? ObjectiveMetric { get; init; }

        /// <summary><c>AUTO</c> (the default), <c>ENSEMBLING</c> or <c>HYPERPARAMETER_TUNING</c>.</summary>
        public string Mode { get; init; } = "AUTO";

        /// <summary>
        /// Autopilot algorithm names (<c>AutoMLAlgorithms</c>) to restrict the search to; empty means every algorithm
        /// of the mode that runs locally. Needs an explicit mode, as in the service.
        /// </summary>
        public IReadOnlyList<string> Algorithms { get; init; } = Array.Empty<string>();

        /// <summary>
        /// A numeric column of non-negative row weights, used by the trainers and by every metric. Rows whose weight is
        /// missing, negative or not a number are left out, as the service does. Never a feature.
        /// </summary>
        public string? SampleWeightAttributeName { get; init; }

        /// <summary>The share of the training rows held out for validation when no validation files are given; 0 &lt; x &lt; 1.</summary>
        public double ValidationFraction { get; init; } = 0.2;

        /// <summary>
        /// The most candidates to train (counting an ensemble). Null: one per algorithm plus the ensemble in ENSEMBLING
        /// mode, 250 in HYPERPARAMETER_TUNING mode (the service's default).
        /// </summary>
        public int? MaxCandidates { get; init; }

        /// <summary>Each candidate's training is stopped after this long and the candidate fails.</summary>
        public TimeSpan? MaxRuntimePerTrainingJob { get; init; }

        /// <summary>The search stops after this long; finished candidates are kept and the best of them is chosen.</summary>
        public TimeSpan? MaxJobRuntime { get; init; }

        /// <summary>The clock <see cref="MaxJobRuntime"/> runs on (the system's; a test's own, so the limit comes when it says).</summary>
        public TimeProvider Clock { get; init; } = TimeProvider.System;

        /// <summary>Seeds the split, the hyperparameter search and the trainers, so a run can be repeated.</summary>
        public int Seed { get; init; } = 42;

        /// <summary>
        /// Prefixes every candidate name (the job name is a good choice), so names stay unique across jobs.
        /// </summary>
        public string? CandidateNamePrefix { get; init; }

        /// <summary>Where models, sidecars and reports are written; created when missing.</summary>
        public string OutputDirectory { get; init; } = "";
    }
}
