using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
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
    /// CreateMultipartUpload, UploadPart, CompleteMultipartUpload and AbortMultipartUpload. Parts are blobs of their
    /// own; completing writes the object as one new blob (parts in order) and swaps rows in one transaction. The ETag
    /// is S3's multipart form: the MD5 of the parts' MD5s, a dash, the number of parts. A checksum algorithm chosen at
    /// creation is computed for every part and for the whole object, which is what GET then reports.
    /// </summary>
    internal sealed class MultipartOperations
    {
        private const int MaxPartNumber = 10000;
        private const long MinPartBytes = 5L * 1024 * 1024;
        private const int MaxCompleteBodyBytes = 4 * 1024 * 1024;

        private readonly S3Services _services;

        public MultipartOperations(S3Services services) => _services = services;

        public async Task CreateAsync(S3Request request, CancellationToken cancellationToken)
        {
            string algorithmHeader = request.Http.Headers["x-amz-checksum-algorithm"].ToString();
            string? algorithm = ChecksumAlgorithms.Canonical(algorithmHeader);
            if (algorithm == null && algorithmHeader.Length > 0)
            {
                throw S3Error.InvalidRequest("Checksum algorithm provided is unsupported. Please try again with any of the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]");
            }

            string uploadId = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
            var upload = new UploadRecord(uploadId, request.Bucket!, request.Key!, _services.Now(), ObjectHeaders.ContentType(request.Http), ObjectHeaders.Capture(request.Http), algorithm);
            if (!await _services.Uploads.CreateAsync(upload, cancellationToken))
            {
                throw S3Error.NoSuchBucket(request.Bucket!);
            }

            if (algorithm != null)
            {
                request.Response.Headers["x-amz-checksum-algorithm"] = algorithm;
            }

            await WriteAsync(request.Response, E("InitiateMultipartUploadResult", E("Bucket", upload.Bucket), E("Key", upload.Key), E("UploadId", uploadId)), 200, cancellationToken);
        }

        public async Task UploadPartAsync(S3Request request, CancellationToken cancellationToken)
        {
            int partNumber = ParsePartNumber(request.Query("partNumber"));
            UploadRecord upload = await RequireUploadAsync(request, cancellationToken);
            await using PendingBlob blob = _services.Blobs.Create();
            ReceivedBody body = await BodyReceiver.ReceiveAsync(request.Http, blob.Stream, upload.ChecksumAlgorithm, cancellationToken);
            await blob.CommitAsync();
            string? checksum = body.ChecksumAlgorithm == upload.ChecksumAlgorithm ? body.ChecksumValue : null;
            (bool exists, string? replaced) = await _services.Uploads.PutPartAsync(
                new PartRecord(upload.UploadId, partNumber, blob.Name, body.Size, body.ETag, checksum, _services.Now()), CancellationToken.None);
            if (!exists)
            {
                _services.Blobs.Delete(blob.Name);
                throw S3Error.NoSuchUpload(upload.UploadId);
            }

            if (replaced != null)
            {
                _services.Blobs.Delete(replaced);
            }

            request.Response.StatusCode = 200;
            request.Response.Headers.ETag = body.ETag;
            if (body.ChecksumAlgorithm != null)
            {
                request.Response.Headers[ChecksumAlgorithms.HeaderName(body.ChecksumAlgorithm)] = body.ChecksumValue;
            }

            request.Response.ContentLength = 0;
        }

        public async Task CompleteAsync(S3Request request, CancellationToken cancellationToken)
        {
            UploadRecord upload = await RequireUploadAsync(request, cancellationToken);
            List<RequestedPart> requested = ParseParts(await ReadAsync(request.Http, MaxCompleteBodyBytes, cancellationToken));
            Dictionary<int, PartRecord> stored = (await _services.Uploads.ListPartsAsync(upload.UploadId, cancellationToken)).ToDictionary(p => p.PartNumber);
            List<PartRecord> parts = MatchParts(requested, stored, upload.ChecksumAlgorithm);

            await using PendingBlob blob = _services.Blobs.Create();
            ReceivedBody body = await BlobCopier.CopyAsync(_services.Blobs, parts.Select(p => p.Blob), blob, upload.ChecksumAlgorithm, cancellationToken);
            await blob.CommitAsync();
            var record = new ObjectRecord(
                upload.Bucket, upload.Key, blob.Name, body.Size, MultipartETag(parts), _services.Now(), upload.ContentType, upload.Headers, body.ChecksumAlgorithm, body.ChecksumValue);
            (bool existed, IReadOnlyList<string> orphaned) = await _services.Uploads.CompleteAsync(upload.UploadId, record, CancellationToken.None);
            if (!existed)
            {
                _services.Blobs.Delete(blob.Name);
                throw S3Error.NoSuchUpload(upload.UploadId);
            }

            foreach (string orphan in orphaned)
            {
                _services.Blobs.Delete(orphan);
            }

            ObjectOperations.WriteStoredChecksum(request.Response, record);
            XElement result = E(
                "CompleteMultipartUploadResult",
                E("Location", $"{request.Http.Scheme}://{request.Http.Host}/{upload.Bucket}/{Uri.EscapeDataString(upload.Key)}"),
                E("Bucket", upload.Bucket),
                E("Key", upload.Key),
                E("ETag", record.ETag),
                record.ChecksumAlgorithm == null ? null : E("Checksum" + record.ChecksumAlgorithm, record.ChecksumValue),
                record.ChecksumAlgorithm == null ? null : E("ChecksumType", "FULL_OBJECT"));
            await WriteAsync(request.Response, result, 200, cancellationToken);
        }

        public async Task AbortAsync(S3Request request, CancellationToken cancellationToken)
        {
            UploadRecord upload = await RequireUploadAsync(request, cancellationToken);
            IReadOnlyList<string>? blobs = await _services.Uploads.AbortAsync(upload.UploadId, cancellationToken) ?? throw S3Error.NoSuchUpload(upload.UploadId);
            foreach (string blob in blobs)
            {
                _services.Blobs.Delete(blob);
            }

            request.Response.StatusCode = StatusCodes.Status204NoContent;
        }

        /// <summary>The upload named in the query, which must belong to the bucket and key of the path.</summary>
        private async Task<UploadRecord> RequireUploadAsync(S3Request request, CancellationToken cancellationToken)
        {
            string uploadId = request.Query("uploadId") ?? string.Empty;
            if (await _services.Buckets.GetAsync(request.Bucket!, cancellationToken) == null)
            {
                throw S3Error.NoSuchBucket(request.Bucket!);
            }

            UploadRecord? upload = await _services.Uploads.GetAsync(uploadId, cancellationToken);
            return upload != null && upload.Bucket == request.Bucket && upload.Key == request.Key ? upload : throw S3Error.NoSuchUpload(uploadId);
        }

        private static int ParsePartNumber(string? value) =>
            int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number >= 1 && number <= MaxPartNumber
                ? number
                : throw S3Error.InvalidArgument($"Part number must be an integer between 1 and {MaxPartNumber}, inclusive", "partNumber", value ?? string.Empty);

        private static List<RequestedPart> ParseParts(XElement complete)
        {
            var parts = new List<RequestedPart>();
            foreach (XElement part in complete.Elements().Where(e => e.Name.LocalName == "Part"))
            {
                string? number = Child(part, "PartNumber");
                if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out int partNumber))
                {
                    throw S3Error.MalformedXml();
                }

                string? checksumName = part.Elements().Select(e => e.Name.LocalName).FirstOrDefault(n => n.StartsWith("Checksum", StringComparison.Ordinal) && n != "ChecksumType");
                parts.Add(new RequestedPart(partNumber, (Child(part, "ETag") ?? string.Empty).Trim().Trim('"'), checksumName == null ? null : Child(part, checksumName)));
            }

            return parts.Count == 0 ? throw S3Error.MalformedXml() : parts;
        }

        /// <summary>The stored parts the request lists, after S3's checks: ascending numbers, known parts with their ETags, 5 MiB but the last.</summary>
        private static List<PartRecord> MatchParts(List<RequestedPart> requested, Dictionary<int, PartRecord> stored, string? algorithm)
        {
            var parts = new List<PartRecord>();
            for (int i = 0; i < requested.Count; i++)
            {
                RequestedPart want = requested[i];
                if (i > 0 && want.Number <= requested[i - 1].Number)
                {
                    throw new S3Error(400, "InvalidPartOrder", "The list of parts was not in ascending order. Parts must be ordered by part number.");
                }

                if (!stored.TryGetValue(want.Number, out PartRecord? part) || part.ETag.Trim('"') != want.ETag
                    || (want.Checksum != null && algorithm != null && part.ChecksumValue != null && want.Checksum != part.ChecksumValue))
                {
                    throw new S3Error(400, "InvalidPart", "One or more of the specified parts could not be found. The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.",
                        ("PartNumber", want.Number.ToString(CultureInfo.InvariantCulture)), ("ETag", want.ETag));
                }

                parts.Add(part);
            }

            for (int i = 0; i < parts.Count - 1; i++)
            {
                if (parts[i].Size < MinPartBytes)
                {
                    throw new S3Error(400, "EntityTooSmall", "Your proposed upload is smaller than the minimum allowed object size.",
                        ("ProposedSize", parts[i].Size.ToString(CultureInfo.InvariantCulture)), ("MinSizeAllowed", MinPartBytes.ToString(CultureInfo.InvariantCulture)),
                        ("PartNumber", parts[i].PartNumber.ToString(CultureInfo.InvariantCulture)), ("ETag", parts[i].ETag));
                }
            }

            return parts;
        }

        private static string MultipartETag(IReadOnlyList<PartRecord> parts)
        {
            byte[] digests = parts.SelectMany(p => Convert.FromHexString(p.ETag.Trim('"'))).ToArray();
            return "\"" + Convert.ToHexString(MD5.HashData(digests)).ToLowerInvariant() + "-" + parts.Count.ToString(CultureInfo.InvariantCulture) + "\"";
        }

        private static string? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value;

        private sealed record RequestedPart(int Number, string ETag, string? Checksum);
    }
}
