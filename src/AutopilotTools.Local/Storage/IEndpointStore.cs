using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Durable endpoints: unlike jobs, they are deleted, and all of them are recovered at a start.</summary>
    internal interface IEndpointStore : IStatusStore<EndpointRecord>
    {
        /// <summary>Every endpoint, for the startup recovery (a local server holds a handful).</summary>
        Task<IReadOnlyList<EndpointRecord>> AllAsync(CancellationToken cancellationToken);

        /// <summary>Deletes the endpoint and its tags; false when there was none of that name.</summary>
        Task<bool> DeleteAsync(string name, CancellationToken cancellationToken);
    }
}
