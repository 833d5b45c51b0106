using System;
using System.Collections.Generic;
using AutopilotTools.Identity;

namespace AutopilotTools.Waiting
{
    /// <summary>What the waiter has to tell the cmdlet; the cmdlet turns each into output, an error, progress or verbose text.</summary>
    public abstract class WaitEvent
    {
        /// <summary>A job reached Completed, Failed or Stopped; <see cref="Job"/> is its final description.</summary>
        public sealed class Finished : WaitEvent
        {
            public Finished(AutoMLJobIdentity identity, AutoMLJob job)
            {
                Identity = identity;
                Job = job;
            }

            public AutoMLJobIdentity Identity { get; }

            public AutoMLJob Job { get; }
        }

        /// <summary>Where every unfinished job stands, after a poll.</summary>
        public sealed class Progress : WaitEvent
        {
            public Progress(IReadOnlyList<WatchedJob> pending, int finished, int total)
            {
                Pending = pending;
                FinishedCount = finished;
                Total = total;
            }

            public IReadOnlyList<WatchedJob> Pending { get; }

            public int FinishedCount { get; }

            public int Total { get; }
        }

        /// <summary>A job cannot be waited for (it does not exist, or the service refuses); the others go on.</summary>
        public sealed class JobError : WaitEvent
        {
            public JobError(AutoMLJobIdentity identity, Exception error)
            {
                Identity = identity;
                Error = error;
            }

            public AutoMLJobIdentity Identity { get; }

            public Exception Error { get; }
        }

        /// <summary>The wait's time ran out before this job finished; the job itself keeps running.</summary>
        public sealed class TimedOut : WaitEvent
        {
            public TimedOut(WatchedJob job) => Job = job;

            public WatchedJob Job { get; }
        }
    }

    /// <summary>What is known of one job being waited for.</summary>
    public sealed class WatchedJob
    {
        public WatchedJob(AutoMLJobIdentity identity) => Identity = identity;

        public AutoMLJobIdentity Identity { get; }

        public string? Status { get; set; }

        public string? SecondaryStatus { get; set; }

        public DateTime? CreationTime { get; set; }

        public DateTime? LastModifiedTime { get; set; }

        /// <summary>Candidates trained so far, when known (counted only while few jobs are watched).</summary>
        public int? Candidates { get; set; }

        public TimeSpan? Elapsed => JobStatus.Elapsed(CreationTime, null);
    }
}
