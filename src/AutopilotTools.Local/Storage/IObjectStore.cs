using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Durable S3 object metadata. Methods that replace or remove an object return the blob no row refers to any more.</summary>
    internal interface IObjectStore
    {
        Task<ObjectRecord?> GetAsync(string bucket, string key, CancellationToken cancellationToken);

        /// <summary>Makes the object visible (replacing any of that key); false when the bucket does not exist.</summary>
        Task<(bool BucketExists, string? ReplacedBlob)> PutAsync(ObjectRecord record, CancellationToken cancellationToken);

        Task<string?> DeleteAsync(string bucket, string key, CancellationToken cancellationToken);

        /// <summary>Up to <paramref name="limit"/> objects in key order (UTF-8 byte order, as S3), after <paramref name="after"/>, whose keys are at least <paramref name="from"/>.</summary>
        Task<IReadOnlyList<ObjectRecord>> ListAsync(string bucket, string from, string? after, int limit, CancellationToken cancellationToken);

        /// <summary>Every blob an object or a part refers to, for the startup sweep.</summary>
        Task<HashSet<string>> ReferencedBlobsAsync(CancellationToken cancellationToken);
    }
}
