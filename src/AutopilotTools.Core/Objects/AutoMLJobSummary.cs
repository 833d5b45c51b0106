using System;
using AutopilotTools.Model;

namespace AutopilotTools
{
    /// <summary>
    /// One job as ListAutoMLJobs tells it: enough to choose and pipe on (its AutoMLJobName binds to every cmdlet
    /// that takes a job). Describe it for the problem type, objective and best candidate.
    /// </summary>
    public sealed class AutoMLJobSummary
    {
        public AutoMLJobSummary(Model.AutoMLJobSummary summary)
        {
            Summary = summary ?? throw new ArgumentNullException(nameof(summary));
        }

        public string? AutoMLJobName => Summary.AutoMLJobName;

        public string? AutoMLJobArn => Summary.AutoMLJobArn;

        public string? AutoMLJobStatus => Summary.AutoMLJobStatus;

        public string? AutoMLJobSecondaryStatus => Summary.AutoMLJobSecondaryStatus;

        public DateTime? CreationTime => Summary.CreationTime;

        public DateTime? EndTime => Summary.EndTime;

        public DateTime? LastModifiedTime => Summary.LastModifiedTime;

        public TimeSpan? Elapsed => JobStatus.Elapsed(CreationTime, EndTime);

        public string? FailureReason => Summary.FailureReason;

        public bool IsFinished => JobStatus.IsTerminal(AutoMLJobStatus);

        /// <summary>The list entry as the service sent it.</summary>
        public Model.AutoMLJobSummary Summary { get; }

        public override string ToString() => AutoMLJobName ?? string.Empty;
    }
}
