using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace AutopilotTools.Client.Storage
{
    /// <summary>
    /// Lists what an S3 location holds and downloads it, checked: an artifact location is either one object or a
    /// prefix, and every object is written to a file beside its destination first, compared with what S3 says of it
    /// (its length; the MD5 that a single-part upload's ETag is; an x-amz-checksum-* value, which the SDK checks when
    /// asked with ChecksumMode, as it also checks the ETag's MD5 when there is no such value), and only then moved
    /// into place. A download that fails or is cancelled leaves nothing.
    /// </summary>
    public sealed class S3Downloader
    {
        private const int BufferSize = 81920;

        private readonly IAmazonS3 _s3;

        public S3Downloader(IAmazonS3 s3) => _s3 = s3;

        /// <summary>
        /// The objects at <paramref name="location"/>: the object of that key when there is one, else every object
        /// below it as a folder (<c>key/…</c>), in key order. Folder markers (keys ending in '/') are left out.
        /// </summary>
        public async Task<IReadOnlyList<S3ObjectEntry>> ListAsync(S3Location location, CancellationToken cancellationToken)
        {
            string key = location.Key;
            string folder = key.Length == 0 || key.EndsWith("/", StringComparison.Ordinal) ? key : key + "/";
            var below = new List<S3ObjectEntry>();
            var request = new ListObjectsV2Request { BucketName = location.Bucket, Prefix = key };
            do
            {
                ListObjectsV2Response page = await _s3.ListObjectsV2Async(request, cancellationToken).ConfigureAwait(false);
                foreach (S3Object found in page.S3Objects ?? new List<S3Object>())
                {
                    if (found.Key == key && !key.EndsWith("/", StringComparison.Ordinal) && key.Length > 0)
                    {
                        // The location is this object: a sibling sharing its name as a prefix is not part of it.
                        string name = key.Substring(key.LastIndexOf('/') + 1);
                        return new[] { Entry(location, name, found) };
                    }

                    if (found.Key.StartsWith(folder, StringComparison.Ordinal) && !found.Key.EndsWith("/", StringComparison.Ordinal))
                    {
                        below.Add(Entry(new S3Location(location.Bucket, found.Key), found.Key.Substring(folder.Length), found));
                    }
                }

                request.ContinuationToken = page.IsTruncated == true ? page.NextContinuationToken : null;
            }
            while (request.ContinuationToken != null);
            return below;
        }

        /// <summary>
        /// Downloads <paramref name="entry"/> to <paramref name="path"/> (its folder is created), replacing a file
        /// there; <paramref name="bytesWritten"/> hears of every block as it is written, from whatever thread.
        /// </summary>
        /// <exception cref="InvalidDataException">The bytes received are not what S3 says the object holds; no file is left.</exception>
        public async Task<DownloadedObject> DownloadAsync(S3ObjectEntry entry, string path, Action<long>? bytesWritten, CancellationToken cancellationToken)
        {
            string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            Directory.CreateDirectory(folder);
            string partial = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".partial");
            try
            {
                DownloadedObject downloaded = await DownloadToAsync(entry, partial, bytesWritten, cancellationToken).ConfigureAwait(false);
                if (File.Exists(path))
                {
                    // Replacing is the caller's decision (-Force); a read-only file is replaced too, as Copy-Item -Force does.
                    File.SetAttributes(path, FileAttributes.Normal);
                    File.Delete(path);
                }

                File.Move(partial, path);
                return downloaded;
            }
            finally
            {
                if (File.Exists(partial))
                {
                    File.Delete(partial);
                }
            }
        }

        private async Task<DownloadedObject> DownloadToAsync(S3ObjectEntry entry, string partial, Action<long>? bytesWritten, CancellationToken cancellationToken)
        {
            var request = new GetObjectRequest { BucketName = entry.Location.Bucket, Key = entry.Location.Key, ChecksumMode = ChecksumMode.ENABLED };
            GetObjectResponse response = await _s3.GetObjectAsync(request, cancellationToken).ConfigureAwait(false);
            bool closed = false;
            try
            {
                (long size, string md5) = await CopyAsync(response.ResponseStream, partial, bytesWritten, cancellationToken).ConfigureAwait(false);
                long expected = response.ContentLength;
                if (expected >= 0 && size != expected)
                {
                    throw new InvalidDataException($"{entry.Location} arrived with {size} bytes; S3 sent {expected} as its length.");
                }

                var checksums = new List<string>();
                string? etagMd5 = SinglePartMd5(response.ETag);
                if (etagMd5 != null)
                {
                    if (!string.Equals(md5, etagMd5, StringComparison.OrdinalIgnoreCase))
                    {
                        throw new InvalidDataException($"{entry.Location} arrived corrupted: its MD5 is {md5}, but its ETag says {etagMd5}.");
                    }

                    checksums.Add("MD5");
                }

                // The SDK compares the x-amz-checksum-* value with what it read as the response stream closes.
                closed = true;
                response.Dispose();
                if (response.ResponseMetadata?.ChecksumValidationStatus == ChecksumValidationStatus.SUCCESSFUL)
                {
                    checksums.Add(response.ResponseMetadata.ChecksumAlgorithm.ToString());
                }

                return new DownloadedObject(size, checksums);
            }
            catch (AmazonClientException e) when (IsChecksumFailure(e))
            {
                // The SDK checks an x-amz-checksum-* value when there is one, else (for GetObject) the MD5 an ETag is.
                string algorithm = response.ResponseMetadata?.ChecksumAlgorithm.ToString() ?? "NONE";
                string against = algorithm == "NONE" ? "the MD5 its ETag gives" : "its x-amz-checksum-" + algorithm.ToLowerInvariant() + " (" + algorithm + ")";
                throw new InvalidDataException($"{entry.Location} arrived corrupted: its bytes do not match {against} ({e.Message}).", e);
            }
            finally
            {
                if (!closed)
                {
                    try
                    {
                        response.Dispose();
                    }
                    catch (AmazonClientException)
                    {
                        // The download already failed (or was cancelled); that failure is the one to report.
                    }
                }
            }
        }

        /// <summary>Copies the stream to a new file; returns its length and its MD5 in hex.</summary>
        private static async Task<(long Size, string Md5)> CopyAsync(Stream source, string path, Action<long>? bytesWritten, CancellationToken cancellationToken)
        {
            using var md5 = MD5.Create();
            long size = 0;
            var buffer = new byte[BufferSize];
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                int read;
                while ((read = await source.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    md5.TransformBlock(buffer, 0, read, null, 0);
                    await file.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
                    size += read;
                    bytesWritten?.Invoke(read);
                }
            }

            md5.TransformFinalBlock(buffer, 0, 0);
            return (size, string.Concat(md5.Hash.Select(b => b.ToString("x2"))));
        }

        private static S3ObjectEntry Entry(S3Location location, string relativeKey, S3Object found) =>
            new S3ObjectEntry(location, relativeKey, found.Size ?? 0, found.ETag, found.LastModified);

        /// <summary>The MD5 an ETag is, for objects uploaded in one part (32 hex digits); multipart ETags ("…-N") and SSE-KMS ETags are not MD5s of the bytes and yield null.</summary>
        internal static string? SinglePartMd5(string? eTag)
        {
            string value = (eTag ?? string.Empty).Trim().Trim('"');
            return value.Length == 32 && value.All(Uri.IsHexDigit) ? value : null;
        }

        /// <summary>The SDK's own flexible-checksum validation failing as the stream ends.</summary>
        private static bool IsChecksumFailure(AmazonClientException e) =>
            e.Message.IndexOf("checksum", StringComparison.OrdinalIgnoreCase) >= 0 || e.Message.IndexOf("hash", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
