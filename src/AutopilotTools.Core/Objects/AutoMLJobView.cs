using System;
using AutopilotTools.Model;

namespace AutopilotTools
{
    /// <summary>
    /// The members every job object shows the same way, whichever operation described the job: identity, status,
    /// times and run time, failure reason, and whether it has finished.
    /// </summary>
    public abstract class AutoMLJobView
    {
        private readonly IAutoMLJobStatus _status;

        protected AutoMLJobView(IAutoMLJobStatus status) => _status = status ?? throw new ArgumentNullException(nameof(status));

        public string? AutoMLJobName => _status.AutoMLJobName;

        public string? AutoMLJobArn => _status.AutoMLJobArn;

        public string? AutoMLJobStatus => _status.AutoMLJobStatus;

        public string? AutoMLJobSecondaryStatus => _status.AutoMLJobSecondaryStatus;

        public DateTime? CreationTime => _status.CreationTime;

        public DateTime? EndTime => _status.EndTime;

        public DateTime? LastModifiedTime => _status.LastModifiedTime;

        /// <summary>Run time so far, or in all once the job has ended.</summary>
        public TimeSpan? Elapsed => JobStatus.Elapsed(CreationTime, EndTime);

        public string? FailureReason => _status.FailureReason;

        /// <summary>True once the job is Completed, Failed or Stopped: nothing about it will change any more.</summary>
        public bool IsFinished => JobStatus.IsTerminal(AutoMLJobStatus);

        public override string ToString() => AutoMLJobName ?? string.Empty;
    }

    /// <summary>A described job: the view plus the objective and the best candidate so far.</summary>
    public abstract class DescribedAutoMLJob : AutoMLJobView
    {
        private readonly IAutoMLJobDescription _description;

        protected DescribedAutoMLJob(IAutoMLJobDescription description)
            : base(description) => _description = description;

        public string? BestCandidateName => _description.BestCandidate?.CandidateName;

        public double? BestObjectiveValue => _description.BestCandidate?.FinalAutoMLJobObjectiveMetric?.Value;
    }
}
