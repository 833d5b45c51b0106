using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Durable AutoML jobs.</summary>
    internal interface IJobStore
    {
        /// <summary>Adds a job and its tags in one transaction; false when a job of that name (in any casing) exists.</summary>
        Task<bool> TryAddAsync(JobRecord job, IReadOnlyList<KeyValuePair<string, string>> tags, CancellationToken cancellationToken);

        /// <summary>The job of that name in any casing, or null.</summary>
        Task<JobRecord?> GetAsync(string name, CancellationToken cancellationToken);

        Task<bool> ExistsWithArnAsync(string arn, CancellationToken cancellationToken);

        Task<Page<JobRecord>> ListAsync(StatusResourceQuery query, CancellationToken cancellationToken);

        /// <summary>
        /// Reads the job and writes what <paramref name="change"/> makes of it, with no other writer in between.
        /// <paramref name="change"/> returns null to leave it as it is. Returns the job as stored afterwards, or null when missing.
        /// </summary>
        Task<JobRecord?> UpdateAsync(string name, Func<JobRecord, JobRecord?> change, CancellationToken cancellationToken);

        /// <summary>Applies <paramref name="change"/> to every job whose status is one of <paramref name="statuses"/>, in one transaction.</summary>
        Task<int> UpdateAllAsync(IReadOnlyCollection<string> statuses, Func<JobRecord, JobRecord> change, CancellationToken cancellationToken);
    }
}
