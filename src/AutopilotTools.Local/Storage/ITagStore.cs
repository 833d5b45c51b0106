using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Tags of SageMaker resources by ARN. Whether the resource exists is the caller's question.</summary>
    internal interface ITagStore
    {
        /// <summary>Adds the tags, replacing the values of keys the resource already has.</summary>
        Task AddAsync(string arn, IReadOnlyList<KeyValuePair<string, string>> tags, CancellationToken cancellationToken);

        Task<int> CountAsync(string arn, IEnumerable<string> extraKeys, CancellationToken cancellationToken);

        /// <summary>Tags in key order, a page at a time; <see cref="PageKey.Name"/> is the last key returned.</summary>
        Task<Page<KeyValuePair<string, string>>> ListAsync(string arn, int pageSize, PageKey? after, CancellationToken cancellationToken);

        Task DeleteAsync(string arn, IReadOnlyList<string> keys, CancellationToken cancellationToken);
    }
}
