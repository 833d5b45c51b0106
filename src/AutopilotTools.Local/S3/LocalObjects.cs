using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.S3.Upload;
using AutopilotTools.Local.Storage;

namespace AutopilotTools.Local.S3
{
    /// <summary>
    /// The server's own reads and writes of its S3 store: a job's input, its artifacts, an endpoint's model data.
    /// They use the same rows and blobs as S3 requests (blob written and flushed before the row), so whatever
    /// training writes is an ordinary object, readable with GetObject.
    /// </summary>
    internal sealed class LocalObjects
    {
        /// <summary>No channel of a local job holds more objects than this; a prefix with more is refused, not truncated.</summary>
        public const int MaxListedObjects = 10000;

        private const int ListPageSize = 1000;

        private readonly S3Services _s3;

        public LocalObjects(S3Services s3) => _s3 = s3;

        public async Task<bool> BucketExistsAsync(string bucket, CancellationToken cancellationToken) =>
            await _s3.Buckets.GetAsync(bucket, cancellationToken) != null;

        /// <summary>Creates the bucket when missing (the server's --auto-create-buckets does the same for clients).</summary>
        public async Task EnsureBucketAsync(string bucket, CancellationToken cancellationToken)
        {
            BucketNames.Require(bucket);
            await _s3.Buckets.TryCreateAsync(new BucketRecord(bucket, _s3.Now(), _s3.Region), cancellationToken);
        }

        public Task<ObjectRecord?> GetAsync(S3Location location, CancellationToken cancellationToken) =>
            _s3.Objects.GetAsync(location.Bucket, location.Key, cancellationToken);

        /// <summary>Every object whose key starts with the prefix, in key order.</summary>
        /// <exception cref="InvalidDataException">More than <see cref="MaxListedObjects"/> objects.</exception>
        public async Task<IReadOnlyList<ObjectRecord>> ListAsync(S3Location prefix, CancellationToken cancellationToken)
        {
            var found = new List<ObjectRecord>();
            string? after = null;
            while (true)
            {
                IReadOnlyList<ObjectRecord> page = await _s3.Objects.ListAsync(prefix.Bucket, prefix.Key, after, ListPageSize, cancellationToken);
                foreach (ObjectRecord record in page)
                {
                    if (!record.Key.StartsWith(prefix.Key, StringComparison.Ordinal))
                    {
                        return found;
                    }

                    found.Add(record);
                    if (found.Count > MaxListedObjects)
                    {
                        throw new InvalidDataException($"{prefix} holds more than {MaxListedObjects} objects, more than the local server reads for one job.");
                    }
                }

                if (page.Count < ListPageSize)
                {
                    return found;
                }

                after = page[page.Count - 1].Key;
            }
        }

        /// <summary>Opens an object's bytes for reading.</summary>
        public FileStream OpenRead(ObjectRecord record) => _s3.Blobs.OpenRead(record.Blob);

        /// <summary>Writes a file as an object (replacing any of that key).</summary>
        /// <exception cref="InvalidOperationException">The bucket does not exist.</exception>
        public async Task PutFileAsync(S3Location location, string path, string contentType, CancellationToken cancellationToken)
        {
            await using PendingBlob blob = _s3.Blobs.Create();
            Func<Stream> open = () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            ReceivedBody body = await BlobCopier.CopyAsync(new[] { open }, blob, null, cancellationToken);
            await blob.CommitAsync();
            var record = new ObjectRecord(location.Bucket, location.Key, blob.Name, body.Size, body.ETag, _s3.Now(), contentType, new Dictionary<string, string>(), null, null);
            (bool bucketExists, string? replaced) = await _s3.Objects.PutAsync(record, CancellationToken.None);
            if (!bucketExists)
            {
                _s3.Blobs.Delete(blob.Name);
                throw new InvalidOperationException($"The bucket {location.Bucket} does not exist on the local server.");
            }

            if (replaced != null)
            {
                _s3.Blobs.Delete(replaced);
            }
        }
    }
}
