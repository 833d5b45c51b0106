using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Durable S3 buckets.</summary>
    internal interface IBucketStore
    {
        /// <summary>False when the bucket exists already.</summary>
        Task<bool> TryCreateAsync(BucketRecord bucket, CancellationToken cancellationToken);

        Task<BucketRecord?> GetAsync(string name, CancellationToken cancellationToken);

        Task<IReadOnlyList<BucketRecord>> ListAsync(CancellationToken cancellationToken);

        /// <summary>Deletes an empty bucket and any unfinished uploads to it; their part blobs are returned for removal.</summary>
        Task<(BucketDeletion Result, IReadOnlyList<string> OrphanedBlobs)> DeleteAsync(string name, CancellationToken cancellationToken);
    }
}
