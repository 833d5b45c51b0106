using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using AutopilotTools.Local.S3.Checksums;
using AutopilotTools.Local.S3.Upload;
using AutopilotTools.Local.Storage;
using Microsoft.AspNetCore.Http;
using static AutopilotTools.Local.S3.S3Xml;

namespace AutopilotTools.Local.S3
{
    /// <summary>
    /// PutObject, CopyObject, GetObject, HeadObject and DeleteObject. A new object's bytes go to a fresh blob (written
    /// completely, flushed, renamed) before the row that makes it visible; readers of the old version are unaffected.
    /// </summary>
    internal sealed class ObjectOperations
    {
        private readonly S3Services _services;

        public ObjectOperations(S3Services services) => _services = services;

        public async Task PutAsync(S3Request request, CancellationToken cancellationToken)
        {
            await RequireBucketAsync(request.Bucket!, cancellationToken);
            IReadOnlyDictionary<string, string> headers = ObjectHeaders.Capture(request.Http);
            await using PendingBlob blob = _services.Blobs.Create();
            ReceivedBody body = await BodyReceiver.ReceiveAsync(request.Http, blob.Stream, null, cancellationToken);
            await blob.CommitAsync();
            var record = new ObjectRecord(
                request.Bucket!, request.Key!, blob.Name, body.Size, body.ETag, _services.Now(), ObjectHeaders.ContentType(request.Http), headers, body.ChecksumAlgorithm, body.ChecksumValue);
            await StoreAsync(record, cancellationToken);

            request.Response.StatusCode = 200;
            request.Response.Headers.ETag = record.ETag;
            WriteStoredChecksum(request.Response, record);
            request.Response.ContentLength = 0;
        }

        public async Task CopyAsync(S3Request request, CancellationToken cancellationToken)
        {
            (string sourceBucket, string sourceKey) = ParseCopySource(request.Http.Headers["x-amz-copy-source"].ToString());
            await RequireBucketAsync(request.Bucket!, cancellationToken);
            await RequireBucketAsync(sourceBucket, cancellationToken);
            ObjectRecord source = await _services.Objects.GetAsync(sourceBucket, sourceKey, cancellationToken) ?? throw S3Error.NoSuchKey(sourceKey);
            bool replace = string.Equals(request.Http.Headers["x-amz-metadata-directive"].ToString(), "REPLACE", StringComparison.OrdinalIgnoreCase);
            if (!replace && sourceBucket == request.Bucket && sourceKey == request.Key)
            {
                throw S3Error.InvalidRequest("This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.");
            }

            string? algorithm = ChecksumAlgorithms.Canonical(request.Http.Headers["x-amz-checksum-algorithm"].ToString()) ?? source.ChecksumAlgorithm;
            await using PendingBlob blob = _services.Blobs.Create();
            ReceivedBody body = await BlobCopier.CopyAsync(_services.Blobs, new[] { source.Blob }, blob, algorithm, cancellationToken);
            await blob.CommitAsync();
            var record = new ObjectRecord(
                request.Bucket!,
                request.Key!,
                blob.Name,
                body.Size,
                body.ETag,
                _services.Now(),
                replace ? ObjectHeaders.ContentType(request.Http) : source.ContentType,
                replace ? ObjectHeaders.Capture(request.Http) : source.Headers,
                body.ChecksumAlgorithm,
                body.ChecksumValue);
            await StoreAsync(record, cancellationToken);

            XElement result = E(
                "CopyObjectResult",
                E("ETag", record.ETag),
                E("LastModified", Time(record.LastModified)),
                record.ChecksumAlgorithm == null ? null : E("Checksum" + record.ChecksumAlgorithm, record.ChecksumValue));
            await WriteAsync(request.Response, result, 200, cancellationToken);
        }

        public async Task GetAsync(S3Request request, bool headOnly, CancellationToken cancellationToken)
        {
            await RequireBucketAsync(request.Bucket!, cancellationToken);
            (ObjectRecord record, FileStream? file) = await OpenAsync(request, headOnly, cancellationToken);
            await using (file)
            {
                // Every check before any header: an error answer must not carry the object's headers.
                int? notModified = Preconditions.Check(request.Http, record);
                string? partNumber = request.Query("partNumber");
                if (partNumber != null && partNumber != "1")
                {
                    // The server keeps no part boundaries once an upload completes: the object is one part, part 1.
                    throw new S3Error(416, "InvalidPartNumber", "The requested partnumber is not satisfiable", ("PartNumberRequested", partNumber), ("ActualPartCount", "1"));
                }

                ByteRange? range = notModified.HasValue ? null : ByteRange.Parse(request.Http.Headers.Range.ToString(), record.Size);
                HttpResponse response = request.Response;
                ObjectHeaders.Write(response, request.Http, record);
                if (notModified.HasValue)
                {
                    response.StatusCode = notModified.Value;
                    return;
                }

                if (partNumber != null)
                {
                    response.Headers["x-amz-mp-parts-count"] = "1";
                }

                long length = range?.Length ?? record.Size;
                ObjectHeaders.WriteChecksum(response, request.Http, record, wholeObject: range == null);
                response.StatusCode = range == null ? 200 : StatusCodes.Status206PartialContent;
                if (range != null)
                {
                    response.Headers.ContentRange = $"bytes {range.Value.First}-{range.Value.Last}/{record.Size}";
                }

                response.ContentLength = length;
                if (file != null && length > 0)
                {
                    file.Seek(range?.First ?? 0, SeekOrigin.Begin);
                    await CopyRangeAsync(file, response.Body, length, cancellationToken);
                }
            }
        }

        public async Task DeleteAsync(S3Request request, CancellationToken cancellationToken)
        {
            await RequireBucketAsync(request.Bucket!, cancellationToken);
            string? blob = await _services.Objects.DeleteAsync(request.Bucket!, request.Key!, cancellationToken);
            if (blob != null)
            {
                _services.Blobs.Delete(blob);
            }

            // S3 answers 204 whether or not the key existed.
            request.Response.StatusCode = StatusCodes.Status204NoContent;
        }

        /// <summary>Writes the row; removes the blob it replaced, or the new blob when the bucket vanished meanwhile.</summary>
        internal async Task StoreAsync(ObjectRecord record, CancellationToken cancellationToken)
        {
            (bool bucketExists, string? replaced) = await _services.Objects.PutAsync(record, CancellationToken.None);
            if (!bucketExists)
            {
                _services.Blobs.Delete(record.Blob);
                throw S3Error.NoSuchBucket(record.Bucket);
            }

            if (replaced != null)
            {
                _services.Blobs.Delete(replaced);
            }
        }

        internal static void WriteStoredChecksum(HttpResponse response, ObjectRecord record)
        {
            if (record.ChecksumAlgorithm != null && record.ChecksumValue != null)
            {
                response.Headers[ChecksumAlgorithms.HeaderName(record.ChecksumAlgorithm)] = record.ChecksumValue;
                response.Headers["x-amz-checksum-type"] = "FULL_OBJECT";
            }
        }

        /// <summary>
        /// The object's row and, for a GET, its open file. A PUT of the same key may replace the object and delete its
        /// file between the two; then the row is read again, a bounded number of times.
        /// </summary>
        private async Task<(ObjectRecord Record, FileStream? File)> OpenAsync(S3Request request, bool headOnly, CancellationToken cancellationToken)
        {
            for (int attempt = 1; ; attempt++)
            {
                ObjectRecord record = await _services.Objects.GetAsync(request.Bucket!, request.Key!, cancellationToken) ?? throw S3Error.NoSuchKey(request.Key!);
                if (headOnly)
                {
                    return (record, null);
                }

                try
                {
                    return (record, _services.Blobs.OpenRead(record.Blob));
                }
                catch (FileNotFoundException) when (attempt < 3)
                {
                }
                catch (DirectoryNotFoundException) when (attempt < 3)
                {
                }
            }
        }

        private async Task RequireBucketAsync(string bucket, CancellationToken cancellationToken)
        {
            if (await _services.Buckets.GetAsync(bucket, cancellationToken) == null)
            {
                throw S3Error.NoSuchBucket(bucket);
            }
        }

        /// <summary>x-amz-copy-source: <c>[/]bucket/key[?versionId=...]</c>, URL-encoded (SDKs encode the slash too).</summary>
        private static (string Bucket, string Key) ParseCopySource(string header)
        {
            string source = Uri.UnescapeDataString(header.Split('?', 2)[0]).TrimStart('/');
            int slash = source.IndexOf('/');
            if (slash <= 0 || slash == source.Length - 1)
            {
                throw S3Error.InvalidArgument("Copy Source must mention the source bucket and key: sourcebucket/sourcekey", "x-amz-copy-source", header);
            }

            string bucket = source.Substring(0, slash);
            BucketNames.Require(bucket);
            return (bucket, source.Substring(slash + 1));
        }

        private static async Task CopyRangeAsync(Stream source, Stream destination, long length, CancellationToken cancellationToken)
        {
            byte[] buffer = new byte[81920];
            long remaining = length;
            while (remaining > 0)
            {
                int read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining)), cancellationToken);
                if (read == 0)
                {
                    throw new IOException("The object's file is shorter than its recorded size.");
                }

                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                remaining -= read;
            }
        }
    }
}
