using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Durable multipart uploads and their parts.</summary>
    internal interface IMultipartStore
    {
        /// <summary>False when the bucket does not exist.</summary>
        Task<bool> CreateAsync(UploadRecord upload, CancellationToken cancellationToken);

        Task<UploadRecord?> GetAsync(string uploadId, CancellationToken cancellationToken);

        /// <summary>Adds or replaces a part; false when the upload is gone (completed or aborted meanwhile).</summary>
        Task<(bool UploadExists, string? ReplacedBlob)> PutPartAsync(PartRecord part, CancellationToken cancellationToken);

        Task<IReadOnlyList<PartRecord>> ListPartsAsync(string uploadId, CancellationToken cancellationToken);

        /// <summary>
        /// Makes the assembled object visible and ends the upload in one transaction. Returns false when the upload is
        /// gone; otherwise the blobs to remove: the replaced object's and every part's.
        /// </summary>
        Task<(bool UploadExisted, IReadOnlyList<string> OrphanedBlobs)> CompleteAsync(string uploadId, ObjectRecord result, CancellationToken cancellationToken);

        /// <summary>Ends the upload; null when there was none, else the part blobs to remove.</summary>
        Task<IReadOnlyList<string>?> AbortAsync(string uploadId, CancellationToken cancellationToken);
    }
}
