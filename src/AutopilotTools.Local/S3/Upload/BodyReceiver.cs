using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.S3.Checksums;
using Microsoft.AspNetCore.Http;

namespace AutopilotTools.Local.S3.Upload
{
    /// <summary>
    /// Copies an upload body (PutObject, UploadPart) into a file while computing what S3 checks and returns: MD5,
    /// the SHA-256 the signature covered, and the additional checksum — sent as a header, or as an aws-chunked
    /// trailer after the data. A mismatch fails the upload before anything becomes visible.
    /// </summary>
    internal static class BodyReceiver
    {
        /// <summary>The largest object S3 takes in one PUT, and the largest part.</summary>
        public const long MaxBodyBytes = 5L * 1024 * 1024 * 1024;

        public static async Task<ReceivedBody> ReceiveAsync(HttpRequest request, Stream destination, string? uploadAlgorithm, CancellationToken cancellationToken)
        {
            string contentSha256 = request.Headers["x-amz-content-sha256"].ToString();
            bool chunked = contentSha256.StartsWith("STREAMING-", StringComparison.Ordinal)
                || request.Headers.ContentEncoding.ToString().Split(',').Any(e => e.Trim().Equals("aws-chunked", StringComparison.OrdinalIgnoreCase));
            AwsChunkedStream? decoder = chunked ? new AwsChunkedStream(request.Body, Hosting.Authentication.ChunkSignatures.Of(request.HttpContext)) : null;
            Stream source = decoder ?? request.Body;

            string? algorithm = DeclaredAlgorithm(request) ?? uploadAlgorithm;
            using IChecksum? checksum = algorithm == null ? null : ChecksumAlgorithms.Create(algorithm);
            using var md5 = new HashChecksum(HashAlgorithmName.MD5);
            using HashChecksum? sha256 = IsHexDigest(contentSha256) ? new HashChecksum(HashAlgorithmName.SHA256) : null;

            long size = 0;
            byte[] buffer = new byte[81920];
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                size += read;
                if (size > MaxBodyBytes)
                {
                    throw new S3Error(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size");
                }

                ReadOnlySpan<byte> data = buffer.AsSpan(0, read);
                md5.Append(data);
                checksum?.Append(data);
                sha256?.Append(data);
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            if (decoder != null && long.TryParse(request.Headers["x-amz-decoded-content-length"], out long decodedLength) && decodedLength != size)
            {
                throw new S3Error(400, "IncompleteBody", "You did not provide the number of bytes specified by the x-amz-decoded-content-length header.");
            }

            byte[] md5Hash = md5.GetHash();
            VerifyContentMd5(request, md5Hash);
            if (sha256 != null && !string.Equals(Convert.ToHexString(sha256.GetHash()), contentSha256, StringComparison.OrdinalIgnoreCase))
            {
                throw new S3Error(400, "XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.");
            }

            string? actual = checksum?.ToBase64();
            if (algorithm != null)
            {
                string header = ChecksumAlgorithms.HeaderName(algorithm);
                string? expected = request.Headers.TryGetValue(header, out var value) ? value.ToString()
                    : decoder != null && decoder.Trailers.TryGetValue(header, out string? trailer) ? trailer
                    : null;
                if (expected != null && expected != actual)
                {
                    throw S3Error.BadDigest(algorithm);
                }
            }

            return new ReceivedBody(size, md5Hash, algorithm, actual);
        }

        /// <summary>
        /// The checksum algorithm the client uses: a checksum header it sent, the trailer it announced in
        /// x-amz-trailer, or x-amz-sdk-checksum-algorithm.
        /// </summary>
        private static string? DeclaredAlgorithm(HttpRequest request)
        {
            foreach (string name in ChecksumAlgorithms.Names)
            {
                if (request.Headers.ContainsKey(ChecksumAlgorithms.HeaderName(name)))
                {
                    return name;
                }
            }

            string? fromTrailer = ChecksumAlgorithms.FromHeaderName(request.Headers["x-amz-trailer"].ToString().Trim());
            string sdkAlgorithm = request.Headers["x-amz-sdk-checksum-algorithm"].ToString();
            string? declared = fromTrailer ?? ChecksumAlgorithms.Canonical(sdkAlgorithm);
            if (declared == null && sdkAlgorithm.Length > 0)
            {
                throw S3Error.InvalidRequest("Value for x-amz-sdk-checksum-algorithm header is invalid.");
            }

            return declared;
        }

        private static void VerifyContentMd5(HttpRequest request, byte[] md5)
        {
            string contentMd5 = request.Headers["Content-MD5"].ToString();
            if (contentMd5.Length == 0)
            {
                return;
            }

            byte[] expected;
            try
            {
                expected = Convert.FromBase64String(contentMd5);
            }
            catch (FormatException)
            {
                throw new S3Error(400, "InvalidDigest", "The Content-MD5 you specified was invalid.");
            }

            if (!expected.AsSpan().SequenceEqual(md5))
            {
                throw new S3Error(400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
            }
        }

        private static bool IsHexDigest(string value) => value.Length == 64 && value.All(Uri.IsHexDigit);
    }
}
