using System;
using System.Collections.Generic;
using System.Linq;

namespace AutopilotTools
{
    /// <summary>
    /// One candidate (a trained pipeline) of a job, carrying its job's name so it pipes on to cmdlets that take a job
    /// or a candidate. The candidate as the service sent it is in <see cref="Candidate"/>.
    /// </summary>
    public sealed class AutoMLCandidate
    {
        /// <summary>Autopilot's algorithm names, as they appear in candidate container images and artifacts.</summary>
        private static readonly string[] KnownAlgorithms =
            { "xgboost", "linear-learner", "lightgbm", "catboost", "randomforest", "extra-trees", "nn-torch", "fastai", "mlp", "autogluon" };

        public AutoMLCandidate(string autoMLJobName, Model.AutoMLCandidate candidate)
        {
            AutoMLJobName = autoMLJobName ?? throw new ArgumentNullException(nameof(autoMLJobName));
            Candidate = candidate ?? throw new ArgumentNullException(nameof(candidate));
        }

        public string AutoMLJobName { get; }

        public string? CandidateName => Candidate.CandidateName;

        public string? CandidateStatus => Candidate.CandidateStatus;

        public string? ObjectiveStatus => Candidate.ObjectiveStatus;

        public string? ObjectiveMetric => Candidate.FinalAutoMLJobObjectiveMetric?.MetricName;

        public double? ObjectiveValue => Candidate.FinalAutoMLJobObjectiveMetric?.Value;

        /// <summary>
        /// The algorithm the candidate's containers run (xgboost, lightgbm, …) when their images or artifacts name
        /// one; null when they do not.
        /// </summary>
        public string? Algorithm => Containers()
            .SelectMany(c => new[] { c.Image, c.ModelDataUrl })
            .Where(text => text != null)
            .Select(text => KnownAlgorithms.FirstOrDefault(name => text!.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0))
            .FirstOrDefault(name => name != null);

        /// <summary>The candidate's steps as "type:name", in order (processing, training, transform).</summary>
        public IReadOnlyList<string> Steps => (Candidate.CandidateSteps ?? new List<Model.AutoMLCandidateStep>())
            .Select(step => (step.CandidateStepType?.Replace("AWS::SageMaker::", string.Empty) ?? "?") + ":" + step.CandidateStepName)
            .ToList();

        public DateTime? CreationTime => Candidate.CreationTime;

        public DateTime? EndTime => Candidate.EndTime;

        public TimeSpan? Elapsed => JobStatus.Elapsed(CreationTime, EndTime);

        public string? FailureReason => Candidate.FailureReason;

        public Model.AutoMLCandidate Candidate { get; }

        public override string ToString() => CandidateName ?? string.Empty;

        private IEnumerable<Model.AutoMLContainerDefinition> Containers() =>
            (Candidate.InferenceContainers ?? new List<Model.AutoMLContainerDefinition>())
                .Concat(Candidate.InferenceContainerDefinitions?.Values.SelectMany(list => list) ?? Enumerable.Empty<Model.AutoMLContainerDefinition>());
    }
}
