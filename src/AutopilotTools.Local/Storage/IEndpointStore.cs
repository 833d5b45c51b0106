using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Durable endpoints.</summary>
    internal interface IEndpointStore
    {
        /// <summary>Adds an endpoint and its tags in one transaction; false when one of that name (in any casing) exists.</summary>
        Task<bool> TryAddAsync(EndpointRecord endpoint, IReadOnlyList<KeyValuePair<string, string>> tags, CancellationToken cancellationToken);

        /// <summary>The endpoint of that name in any casing, or null.</summary>
        Task<EndpointRecord?> GetAsync(string name, CancellationToken cancellationToken);

        Task<bool> ExistsWithArnAsync(string arn, CancellationToken cancellationToken);

        Task<Page<EndpointRecord>> ListAsync(StatusResourceQuery query, CancellationToken cancellationToken);

        /// <summary>Every endpoint, for the startup recovery (a local server holds a handful).</summary>
        Task<IReadOnlyList<EndpointRecord>> AllAsync(CancellationToken cancellationToken);

        /// <summary>
        /// Reads the endpoint and writes what <paramref name="change"/> makes of it, with no other writer in between.
        /// <paramref name="change"/> returns null to leave it as it is. Returns the endpoint as stored afterwards, or null when missing.
        /// </summary>
        Task<EndpointRecord?> UpdateAsync(string name, Func<EndpointRecord, EndpointRecord?> change, CancellationToken cancellationToken);

        /// <summary>Deletes the endpoint and its tags; false when there was none of that name.</summary>
        Task<bool> DeleteAsync(string name, CancellationToken cancellationToken);
    }
}
