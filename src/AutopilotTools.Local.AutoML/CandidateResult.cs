using System;
using System.Collections.Generic;

namespace AutopilotTools.Local.AutoML
{
    /// <summary>One trained (or failed, or stopped) candidate of a job.</summary>
    public sealed class CandidateResult
    {
        /// <summary>A candidate about to train.</summary>
        public CandidateResult(string name, string algorithm, string trainer, IReadOnlyDictionary<string, string> hyperparameters)
        {
            Name = name;
            Algorithm = algorithm;
            Trainer = trainer;
            Hyperparameters = hyperparameters;
        }

        /// <summary>The candidate name, unique within the job.</summary>
        public string Name { get; }

        /// <summary>The Autopilot algorithm name (<c>lightgbm</c>, <c>xgboost</c>, …), or <c>ensemble</c>.</summary>
        public string Algorithm { get; }

        /// <summary>What actually trained it in ML.NET (e.g. <c>FastTreeBinary</c>), so nobody mistakes it for the original.</summary>
        public string Trainer { get; }

        /// <summary>The hyperparameters used, as ML.NET option names and invariant-culture values.</summary>
        public IReadOnlyDictionary<string, string> Hyperparameters { get; }

        /// <summary><c>Completed</c>, <c>Failed</c> or <c>Stopped</c> (the <c>CandidateStatus</c> values).</summary>
        public string Status { get; set; } = AutopilotTools.Model.CandidateStatus.InProgress;

        /// <summary>Why the candidate failed or stopped; null when completed.</summary>
        public string? FailureReason { get; set; }

        /// <summary>The objective metric on the validation rows; null unless completed.</summary>
        public double? ObjectiveValue { get; set; }

        /// <summary>
        /// The standard metrics of the problem type on the validation rows, named as <c>AutoMLMetricExtendedEnum</c>
        /// names them (binary: Accuracy, AUC, BalancedAccuracy, F1, LogLoss, Precision, Recall; multiclass: Accuracy,
        /// BalancedAccuracy, F1macro, LogLoss, PrecisionMacro, RecallMacro; regression: MSE, RMSE, MAE, R2).
        /// Weighted by the sample weights when the job has them.
        /// </summary>
        public IReadOnlyDictionary<string, double> Metrics { get; set; } = new Dictionary<string, double>();

        /// <summary>
        /// The self-contained model directory: <c>candidate.json</c> (the sidecar <see cref="Tabular.Inference.TabularPredictor"/>
        /// reads) and <c>model.zip</c>, or for an ensemble its members' directories. Package this directory as the
        /// candidate's model artifact. Null unless completed.
        /// </summary>
        public string? ModelDirectory { get; set; }

        /// <summary>
        /// The ML.NET model (<c>model.zip</c>: raw feature columns in, scores out) for a single-algorithm candidate; for
        /// an ensemble, its <c>candidate.json</c>, which lists the member models. Null unless completed.
        /// </summary>
        public string? ModelPath { get; set; }

        /// <summary>For an ensemble, the names of the candidates whose scores it averages; empty otherwise.</summary>
        public IReadOnlyList<string> EnsembleMembers { get; set; } = Array.Empty<string>();

        /// <summary>
        /// Folders of further artifacts by kind (a <see cref="CandidateArtifactKinds"/> name, the member of
        /// <c>CandidateArtifactLocations</c> it fills): uploaded with the candidate, their location set in its
        /// description. Empty for most candidates.
        /// </summary>
        public IReadOnlyDictionary<string, string> ArtifactFolders { get; set; } = new Dictionary<string, string>();

        /// <summary>When training started.</summary>
        public DateTimeOffset StartTime { get; set; }

        /// <summary>When training ended (completed, failed or stopped).</summary>
        public DateTimeOffset EndTime { get; set; }

        /// <summary>How long training took, featurization of the shared data excluded.</summary>
        public TimeSpan TrainingTime => EndTime - StartTime;

        /// <inheritdoc />
        public override string ToString() => $"{Name} ({Algorithm}, {Status}{(ObjectiveValue is double v ? ", " + v.ToString("G4", System.Globalization.CultureInfo.InvariantCulture) : "")})";
    }
}
