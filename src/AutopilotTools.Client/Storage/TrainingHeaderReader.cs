using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;

namespace AutopilotTools.Client.Storage
{
    /// <summary>
    /// Reads the header line of a job's CSV training data without downloading it: the first object under an S3
    /// prefix (or the first one a manifest file lists), read in ranges of 64 KB until the first line break, gunzipped
    /// when the channel is compressed.
    /// </summary>
    public sealed class TrainingHeaderReader
    {
        private const int RangeBytes = 64 * 1024;
        private const int MaxHeaderBytes = 1024 * 1024;

        private readonly IAmazonS3 _s3;

        public TrainingHeaderReader(IAmazonS3 s3) => _s3 = s3;

        /// <summary>The first line of the data, or null when there is no object with data under the location (or the manifest lists none).</summary>
        public async Task<string?> ReadAsync(string s3Uri, bool manifestFile, bool gzip, CancellationToken cancellationToken)
        {
            if (!S3Location.TryParse(s3Uri, out S3Location location))
            {
                return null;
            }

            S3Location? first = manifestFile
                ? await FirstInManifestAsync(location, cancellationToken).ConfigureAwait(false)
                : await FirstUnderPrefixAsync(location, cancellationToken).ConfigureAwait(false);
            return first == null ? null : await FirstLineAsync(first, gzip, cancellationToken).ConfigureAwait(false);
        }

        private async Task<S3Location?> FirstUnderPrefixAsync(S3Location prefix, CancellationToken cancellationToken)
        {
            var request = new ListObjectsV2Request { BucketName = prefix.Bucket, Prefix = prefix.Key };
            do
            {
                ListObjectsV2Response page = await _s3.ListObjectsV2Async(request, cancellationToken).ConfigureAwait(false);
                S3Object? data = page.S3Objects?.FirstOrDefault(o => (o.Size ?? 0) > 0 && !o.Key.EndsWith("/", StringComparison.Ordinal));
                if (data != null)
                {
                    return new S3Location(prefix.Bucket, data.Key);
                }

                request.ContinuationToken = page.IsTruncated == true ? page.NextContinuationToken : null;
            }
            while (request.ContinuationToken != null);
            return null;
        }

        /// <summary>A manifest is [{"prefix": "s3://…/"}, "relative/key", …]: the first entry after the prefix.</summary>
        private async Task<S3Location?> FirstInManifestAsync(S3Location manifest, CancellationToken cancellationToken)
        {
            using GetObjectResponse response = await _s3.GetObjectAsync(manifest.Bucket, manifest.Key, cancellationToken).ConfigureAwait(false);
            JsonDocument document;
            try
            {
                document = await JsonDocument.ParseAsync(response.ResponseStream, default, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException)
            {
                return null;
            }

            using JsonDocument manifestDocument = document;
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            string? prefix = null;
            foreach (JsonElement entry in document.RootElement.EnumerateArray())
            {
                if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("prefix", out JsonElement value))
                {
                    prefix = value.GetString();
                }
                else if (entry.ValueKind == JsonValueKind.String && prefix != null && S3Location.TryParse(prefix, out S3Location root))
                {
                    return root.Append(entry.GetString()!);
                }
            }

            return null;
        }

        private async Task<string?> FirstLineAsync(S3Location data, bool gzip, CancellationToken cancellationToken)
        {
            using var bytes = new MemoryStream();
            for (long start = 0; start < MaxHeaderBytes; start += RangeBytes)
            {
                var request = new GetObjectRequest { BucketName = data.Bucket, Key = data.Key, ByteRange = new ByteRange(start, start + RangeBytes - 1) };
                using (GetObjectResponse response = await _s3.GetObjectAsync(request, cancellationToken).ConfigureAwait(false))
                {
                    await response.ResponseStream.CopyToAsync(bytes, 81920, cancellationToken).ConfigureAwait(false);
                }

                bool whole = bytes.Length < start + RangeBytes;
                string? line = Line(bytes.ToArray(), gzip, whole);
                if (line != null || whole)
                {
                    return line;
                }
            }

            return null;
        }

        /// <summary>The text up to the first line break, or all of it when the object ends first; null while neither is read.</summary>
        private static string? Line(byte[] bytes, bool gzip, bool whole)
        {
            string text = gzip ? Gunzipped(bytes) : Encoding.UTF8.GetString(bytes);
            int end = text.IndexOf('\n');
            return end >= 0 ? text.Substring(0, end).TrimEnd('\r') : whole ? text : null;
        }

        /// <summary>What the start of a gzip stream decompresses to; a stream cut short just ends the text.</summary>
        private static string Gunzipped(byte[] bytes)
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var text = new MemoryStream();
            var buffer = new byte[8192];
            try
            {
                int read;
                while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
                {
                    text.Write(buffer, 0, read);
                }
            }
            catch (Exception e) when (e is InvalidDataException || e is EndOfStreamException)
            {
                // The range ended inside the compressed data: what was decompressed so far is still good.
            }

            return Encoding.UTF8.GetString(text.ToArray());
        }
    }
}
