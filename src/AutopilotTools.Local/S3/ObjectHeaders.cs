using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AutopilotTools.Local.Storage;
using Microsoft.AspNetCore.Http;

namespace AutopilotTools.Local.S3
{
    /// <summary>
    /// The headers an object keeps from its upload and gives back on GET and HEAD: Content-Type, the standard
    /// representation headers and user metadata (x-amz-meta-*, names lowercased as S3 does).
    /// </summary>
    internal static class ObjectHeaders
    {
        /// <summary>S3's Content-Type when the upload gave none.</summary>
        public const string DefaultContentType = "binary/octet-stream";

        private const int MaxMetadataBytes = 2048;

        private static readonly string[] Stored = { "Cache-Control", "Content-Disposition", "Content-Encoding", "Content-Language", "Expires" };

        public static string ContentType(HttpRequest request) =>
            string.IsNullOrEmpty(request.ContentType) ? DefaultContentType : request.ContentType;

        public static IReadOnlyDictionary<string, string> Capture(HttpRequest request)
        {
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (string name in Stored)
            {
                string value = request.Headers[name].ToString();
                if (name == "Content-Encoding")
                {
                    // aws-chunked describes the upload's framing, not the object.
                    value = string.Join(",", value.Split(',').Select(e => e.Trim()).Where(e => e.Length > 0 && !e.Equals("aws-chunked", StringComparison.OrdinalIgnoreCase)));
                }

                if (value.Length > 0)
                {
                    headers[name] = value;
                }
            }

            int metadataBytes = 0;
            foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> header in request.Headers)
            {
                if (header.Key.StartsWith("x-amz-meta-", StringComparison.OrdinalIgnoreCase))
                {
                    string name = header.Key.ToLowerInvariant();
                    string value = header.Value.ToString();
                    headers[name] = value;
                    metadataBytes += Encoding.UTF8.GetByteCount(name.Substring("x-amz-meta-".Length)) + Encoding.UTF8.GetByteCount(value);
                }
            }

            if (metadataBytes > MaxMetadataBytes)
            {
                throw new S3Error(400, "MetadataTooLarge", "Your metadata headers exceed the maximum allowed metadata size.", ("MaxSizeAllowed", MaxMetadataBytes.ToString()));
            }

            return headers;
        }

        /// <summary>Writes the object's headers; <c>response-*</c> query members override them, as on S3 (presigned downloads use them).</summary>
        public static void Write(HttpResponse response, HttpRequest request, ObjectRecord record)
        {
            response.Headers.ETag = record.ETag;
            response.Headers.LastModified = S3Xml.HttpDate(record.LastModified);
            response.Headers.AcceptRanges = "bytes";
            response.ContentType = record.ContentType;
            foreach (KeyValuePair<string, string> header in record.Headers)
            {
                response.Headers[header.Key] = header.Value;
            }

            foreach ((string query, string header) in new[]
            {
                ("response-content-type", "Content-Type"), ("response-content-language", "Content-Language"),
                ("response-expires", "Expires"), ("response-cache-control", "Cache-Control"),
                ("response-content-disposition", "Content-Disposition"), ("response-content-encoding", "Content-Encoding"),
            })
            {
                if (request.Query.TryGetValue(query, out var value))
                {
                    response.Headers[header] = value.ToString();
                }
            }
        }

        /// <summary>The object's checksum headers, only when the whole object is sent and the client asked (x-amz-checksum-mode: ENABLED).</summary>
        public static void WriteChecksum(HttpResponse response, HttpRequest request, ObjectRecord record, bool wholeObject)
        {
            bool asked = string.Equals(request.Headers["x-amz-checksum-mode"].ToString(), "ENABLED", StringComparison.OrdinalIgnoreCase);
            if (asked && wholeObject && record.ChecksumAlgorithm != null && record.ChecksumValue != null)
            {
                response.Headers[Checksums.ChecksumAlgorithms.HeaderName(record.ChecksumAlgorithm)] = record.ChecksumValue;
                response.Headers["x-amz-checksum-type"] = "FULL_OBJECT";
            }
        }
    }
}
