using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Durable resources that are created, described, listed and deleted but never changed: models, endpoint configs.</summary>
    internal interface IResourceStore
    {
        /// <summary>Adds the resource and its tags in one transaction; false when one of that name (in any casing) exists.</summary>
        Task<bool> TryAddAsync(ResourceRecord resource, IReadOnlyList<KeyValuePair<string, string>> tags, CancellationToken cancellationToken);

        /// <summary>The resource of that name in any casing, or null.</summary>
        Task<ResourceRecord?> GetAsync(string name, CancellationToken cancellationToken);

        Task<bool> ExistsWithArnAsync(string arn, CancellationToken cancellationToken);

        Task<Page<ResourceRecord>> ListAsync(ResourceQuery query, CancellationToken cancellationToken);

        /// <summary>Deletes the resource and its tags; false when there was none of that name.</summary>
        Task<bool> DeleteAsync(string name, CancellationToken cancellationToken);
    }
}
