using System;

namespace AutopilotTools
{
    /// <summary>
    /// One job as ListAutoMLJobs tells it, every member under its API name: enough to choose and pipe on (its
    /// AutoMLJobName binds to every cmdlet that takes a job). Describe it for the problem type, objective and best
    /// candidate.
    /// </summary>
    public sealed class AutoMLJobSummary : Model.AutoMLJobSummary
    {
        /// <summary>An empty summary, for deserializers.</summary>
        public AutoMLJobSummary()
        {
        }

        public AutoMLJobSummary(Model.AutoMLJobSummary summary) =>
            Model.ModelCopy.Members(summary ?? throw new ArgumentNullException(nameof(summary)), this);

        /// <summary>Seconds from creation to the end, or to now while it runs (a number, which ConvertTo-Json writes as one).</summary>
        public double? ElapsedSeconds => JobStatus.ElapsedSeconds(CreationTime, EndTime);

        /// <summary>True once the job is Completed, Failed or Stopped.</summary>
        public bool IsFinished => JobStatus.IsTerminal(AutoMLJobStatus);

        public override string ToString() => AutoMLJobName ?? string.Empty;
    }
}
