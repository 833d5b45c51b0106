using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.S3.Checksums;
using AutopilotTools.Local.S3.Upload;
using AutopilotTools.Local.Storage;

namespace AutopilotTools.Local.S3
{
    /// <summary>
    /// Writes one new blob from existing bytes (a copied object, the parts of a multipart upload in order, a file the
    /// server itself stores), computing its MD5 and, when an algorithm is given, its full-object checksum.
    /// </summary>
    internal static class BlobCopier
    {
        public static Task<ReceivedBody> CopyAsync(BlobStore blobs, IEnumerable<string> sources, PendingBlob destination, string? algorithm, CancellationToken cancellationToken) =>
            CopyAsync(sources.Select(source => (Func<Stream>)(() => blobs.OpenRead(source))), destination, algorithm, cancellationToken);

        /// <param name="sources">Opens each input in turn; one is open at a time, and closed once copied.</param>
        public static async Task<ReceivedBody> CopyAsync(IEnumerable<Func<Stream>> sources, PendingBlob destination, string? algorithm, CancellationToken cancellationToken)
        {
            using var md5 = new HashChecksum(HashAlgorithmName.MD5);
            using IChecksum? checksum = algorithm == null ? null : ChecksumAlgorithms.Create(algorithm);
            byte[] buffer = new byte[81920];
            long size = 0;
            foreach (Func<Stream> open in sources)
            {
                await using Stream input = open();
                int read;
                while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    md5.Append(buffer.AsSpan(0, read));
                    checksum?.Append(buffer.AsSpan(0, read));
                    await destination.Stream.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                    size += read;
                }
            }

            return new ReceivedBody(size, md5.GetHash(), algorithm, checksum?.ToBase64());
        }
    }
}
