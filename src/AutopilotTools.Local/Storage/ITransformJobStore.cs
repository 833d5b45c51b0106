using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Durable batch transform jobs.</summary>
    internal interface ITransformJobStore
    {
        /// <summary>Adds a transform job and its tags in one transaction; false when one of that name (in any casing) exists.</summary>
        Task<bool> TryAddAsync(TransformJobRecord job, IReadOnlyList<KeyValuePair<string, string>> tags, CancellationToken cancellationToken);

        /// <summary>The transform job of that name in any casing, or null.</summary>
        Task<TransformJobRecord?> GetAsync(string name, CancellationToken cancellationToken);

        Task<bool> ExistsWithArnAsync(string arn, CancellationToken cancellationToken);

        Task<Page<TransformJobRecord>> ListAsync(StatusResourceQuery query, CancellationToken cancellationToken);

        /// <summary>
        /// Reads the job and writes what <paramref name="change"/> makes of it, with no other writer in between.
        /// <paramref name="change"/> returns null to leave it as it is. Returns the job as stored afterwards, or null when missing.
        /// </summary>
        Task<TransformJobRecord?> UpdateAsync(string name, Func<TransformJobRecord, TransformJobRecord?> change, CancellationToken cancellationToken);

        /// <summary>Applies <paramref name="change"/> to every job in one of <paramref name="statuses"/>, in one transaction; returns how many.</summary>
        Task<int> UpdateAllAsync(IReadOnlyCollection<string> statuses, Func<TransformJobRecord, TransformJobRecord> change, CancellationToken cancellationToken);
    }
}
