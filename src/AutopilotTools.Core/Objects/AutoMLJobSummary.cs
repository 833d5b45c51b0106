using System;

namespace AutopilotTools
{
    /// <summary>
    /// One job as ListAutoMLJobs tells it: enough to choose and pipe on (its AutoMLJobName binds to every cmdlet
    /// that takes a job). Describe it for the problem type, objective and best candidate.
    /// </summary>
    public sealed class AutoMLJobSummary : AutoMLJobView
    {
        public AutoMLJobSummary(Model.AutoMLJobSummary summary)
            : base(summary ?? throw new ArgumentNullException(nameof(summary))) => Summary = summary;

        /// <summary>The list entry as the service sent it.</summary>
        public Model.AutoMLJobSummary Summary { get; }
    }
}
