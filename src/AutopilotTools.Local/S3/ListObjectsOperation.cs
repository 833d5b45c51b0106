using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using AutopilotTools.Local.Storage;
using static AutopilotTools.Local.S3.S3Xml;

namespace AutopilotTools.Local.S3
{
    /// <summary>
    /// ListObjectsV2 (<c>list-type=2</c>) and the original ListObjects: keys in UTF-8 byte order under a prefix,
    /// rolled up into CommonPrefixes at the delimiter, max-keys (at most 1000) entries a page, and a continuation
    /// token, start-after or marker to go on from. A common prefix counts as one entry, and the scan skips past the
    /// keys under it instead of reading them all.
    /// </summary>
    internal sealed class ListObjectsOperation
    {
        private const int MaxKeysLimit = 1000;
        private const int BatchSize = 1000;

        /// <summary>The greatest code point: key + this sorts after every key that starts with key (almost; see the scan).</summary>
        private const string AfterEverything = "\U0010FFFF";

        private readonly S3Services _services;

        public ListObjectsOperation(S3Services services) => _services = services;

        public async Task ListAsync(S3Request request, CancellationToken cancellationToken)
        {
            string bucket = request.Bucket!;
            if (await _services.Buckets.GetAsync(bucket, cancellationToken) == null)
            {
                throw S3Error.NoSuchBucket(bucket);
            }

            bool v2 = request.Query("list-type") == "2";
            string prefix = request.Query("prefix") ?? string.Empty;
            string? delimiter = string.IsNullOrEmpty(request.Query("delimiter")) ? null : request.Query("delimiter");
            int maxKeys = ParseMaxKeys(request.Query("max-keys"));
            string? encoding = request.Query("encoding-type");
            if (encoding != null && encoding != "url")
            {
                throw S3Error.InvalidArgument("Invalid Encoding Method specified in Request", "encoding-type", encoding);
            }

            string? token = v2 ? request.Query("continuation-token") : null;
            Position start = token != null ? DecodeToken(token) : new Position(v2 ? request.Query("start-after") : request.Query("marker"), false);
            Listing listing = await ScanAsync(bucket, prefix, delimiter, maxKeys, start, cancellationToken);

            Func<string?, string?> encode = encoding == "url" ? value => value == null ? null : Uri.EscapeDataString(value) : value => value;
            bool owner = !v2 || request.Query("fetch-owner") == "true";
            var contents = listing.Objects.Select(o => E(
                "Contents",
                E("Key", encode(o.Key)),
                E("LastModified", Time(o.LastModified)),
                E("ETag", o.ETag),
                o.ChecksumAlgorithm == null ? null : E("ChecksumAlgorithm", o.ChecksumAlgorithm),
                o.ChecksumAlgorithm == null ? null : E("ChecksumType", "FULL_OBJECT"),
                E("Size", o.Size.ToString(CultureInfo.InvariantCulture)),
                owner ? S3Owner.Element() : null,
                E("StorageClass", "STANDARD")));
            var prefixes = listing.CommonPrefixes.Select(p => E("CommonPrefixes", E("Prefix", encode(p))));
            XElement result = v2
                ? E(
                    "ListBucketResult",
                    E("Name", bucket),
                    E("Prefix", encode(prefix)),
                    Optional("Delimiter", encode(delimiter)),
                    E("MaxKeys", maxKeys.ToString(CultureInfo.InvariantCulture)),
                    Optional("EncodingType", encoding),
                    E("KeyCount", (listing.Objects.Count + listing.CommonPrefixes.Count).ToString(CultureInfo.InvariantCulture)),
                    E("IsTruncated", Bool(listing.Truncated)),
                    Optional("ContinuationToken", token),
                    listing.Truncated ? E("NextContinuationToken", EncodeToken(listing.Last!)) : null,
                    Optional("StartAfter", encode(request.Query("start-after"))),
                    contents,
                    prefixes)
                : E(
                    "ListBucketResult",
                    E("Name", bucket),
                    E("Prefix", encode(prefix)),
                    E("Marker", encode(request.Query("marker") ?? string.Empty)),
                    listing.Truncated ? E("NextMarker", encode(listing.Last!.Value)) : null,
                    E("MaxKeys", maxKeys.ToString(CultureInfo.InvariantCulture)),
                    Optional("Delimiter", encode(delimiter)),
                    Optional("EncodingType", encoding),
                    E("IsTruncated", Bool(listing.Truncated)),
                    contents,
                    prefixes);
            await WriteAsync(request.Response, result, 200, cancellationToken);
        }

        private async Task<Listing> ScanAsync(string bucket, string prefix, string? delimiter, int maxKeys, Position start, CancellationToken cancellationToken)
        {
            var listing = new Listing();
            if (maxKeys == 0)
            {
                return listing;
            }

            // Resuming after a common prefix: the keys under it were reported with it.
            string? lastPrefix = start.IsPrefix ? start.Value : null;
            string? cursor = start.Value;
            // Every batch either moves the cursor forward or ends the scan, so this ends; the cap is a guard.
            for (int batchNumber = 0; batchNumber < int.MaxValue; batchNumber++)
            {
                IReadOnlyList<ObjectRecord> batch = await _services.Objects.ListAsync(bucket, prefix, cursor, BatchSize, cancellationToken);
                bool skipped = false;
                foreach (ObjectRecord item in batch)
                {
                    cursor = item.Key;
                    if (!item.Key.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        // Keys are sorted: past the last key under the prefix, none follows.
                        return listing;
                    }

                    string? commonPrefix = CommonPrefix(item.Key, prefix, delimiter);
                    if (commonPrefix != null && commonPrefix == lastPrefix)
                    {
                        continue;
                    }

                    if (listing.Count == maxKeys)
                    {
                        listing.Truncated = true;
                        return listing;
                    }

                    if (commonPrefix != null)
                    {
                        listing.CommonPrefixes.Add(commonPrefix);
                        listing.Last = new Position(commonPrefix, true);
                        lastPrefix = commonPrefix;
                        cursor = commonPrefix + AfterEverything;
                        skipped = true;
                        break;
                    }

                    listing.Objects.Add(item);
                    listing.Last = new Position(item.Key, false);
                }

                if (!skipped && batch.Count < BatchSize)
                {
                    return listing;
                }
            }

            return listing;
        }

        private static string? CommonPrefix(string key, string prefix, string? delimiter)
        {
            if (delimiter == null)
            {
                return null;
            }

            int at = key.IndexOf(delimiter, prefix.Length, StringComparison.Ordinal);
            return at < 0 ? null : key.Substring(0, at + delimiter.Length);
        }

        private static int ParseMaxKeys(string? value)
        {
            if (value == null)
            {
                return MaxKeysLimit;
            }

            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int maxKeys))
            {
                throw S3Error.InvalidArgument("Provided max-keys not an integer or within integer range", "max-keys", value);
            }

            return Math.Min(maxKeys, MaxKeysLimit);
        }

        /// <summary>Continuation tokens are opaque to clients: the last entry returned and whether it was a common prefix.</summary>
        private static string EncodeToken(Position last) =>
            Convert.ToBase64String(Encoding.UTF8.GetBytes((last.IsPrefix ? "p:" : "k:") + last.Value));

        private static Position DecodeToken(string token)
        {
            try
            {
                string text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
                if (text.StartsWith("p:", StringComparison.Ordinal) || text.StartsWith("k:", StringComparison.Ordinal))
                {
                    return new Position(text.Substring(2), text[0] == 'p');
                }
            }
            catch (FormatException)
            {
            }

            throw S3Error.InvalidArgument("The continuation token provided is incorrect", "continuation-token", token);
        }

        private sealed record Position(string? Value, bool IsPrefix);

        private sealed class Listing
        {
            public List<ObjectRecord> Objects { get; } = new List<ObjectRecord>();

            public List<string> CommonPrefixes { get; } = new List<string>();

            public int Count => Objects.Count + CommonPrefixes.Count;

            public bool Truncated { get; set; }

            public Position? Last { get; set; }
        }
    }
}
