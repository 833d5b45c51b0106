using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.S3.Checksums;
using AutopilotTools.Local.S3.Upload;
using AutopilotTools.Local.Storage;

namespace AutopilotTools.Local.S3
{
    /// <summary>
    /// Writes one new blob from existing ones (a copied object, or the parts of a multipart upload in order), computing
    /// its MD5 and, when an algorithm is given, its full-object checksum.
    /// </summary>
    internal static class BlobCopier
    {
        public static async Task<ReceivedBody> CopyAsync(BlobStore blobs, IEnumerable<string> sources, PendingBlob destination, string? algorithm, CancellationToken cancellationToken)
        {
            using var md5 = new HashChecksum(HashAlgorithmName.MD5);
            using IChecksum? checksum = algorithm == null ? null : ChecksumAlgorithms.Create(algorithm);
            byte[] buffer = new byte[81920];
            long size = 0;
            foreach (string source in sources)
            {
                await using FileStream input = blobs.OpenRead(source);
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
