using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Durable resources that move through statuses: AutoML jobs, transform jobs, endpoints.</summary>
    internal interface IStatusStore<TRecord>
        where TRecord : class, IStatusRecord
    {
        /// <summary>Adds the resource and its tags in one transaction; false when one of that name (in any casing) exists.</summary>
        Task<bool> TryAddAsync(TRecord record, IReadOnlyList<KeyValuePair<string, string>> tags, CancellationToken cancellationToken);

        /// <summary>The resource of that name in any casing, or null.</summary>
        Task<TRecord?> GetAsync(string name, CancellationToken cancellationToken);

        Task<bool> ExistsWithArnAsync(string arn, CancellationToken cancellationToken);

        Task<Page<TRecord>> ListAsync(StatusResourceQuery query, CancellationToken cancellationToken);

        /// <summary>
        /// Reads the resource and writes what <paramref name="change"/> makes of it, with no other writer in between.
        /// <paramref name="change"/> returns null to leave it as it is. Returns the resource as stored afterwards, or null when missing.
        /// </summary>
        Task<TRecord?> UpdateAsync(string name, Func<TRecord, TRecord?> change, CancellationToken cancellationToken);

        /// <summary>Applies <paramref name="change"/> to every resource in one of <paramref name="statuses"/>, in one transaction; returns how many.</summary>
        Task<int> UpdateAllAsync(IReadOnlyCollection<string> statuses, Func<TRecord, TRecord> change, CancellationToken cancellationToken);
    }
}
