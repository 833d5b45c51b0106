using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.S3;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Training
{
    /// <summary>
    /// Copies a job's channels from the server's S3 store into a working folder: for <c>S3Prefix</c> every object
    /// under the prefix (keys ending in "/" are folder markers, not data), for <c>ManifestFile</c> the objects the
    /// manifest lists (<c>[{"prefix": "s3://bucket/p/"}, "key-1", …]</c>), unzipped when the channel says Gzip.
    /// Each file keeps its key's path below the prefix (an image folder per label survives the copy); an
    /// <c>AugmentedManifestFile</c> (JSON lines whose <c>source-ref</c> names an object) is handed over as one file,
    /// <c>manifest.jsonl</c>, with every <c>source-ref</c> rewritten to the local copy of its object.
    /// </summary>
    internal sealed class InputDownloader
    {
        private readonly LocalObjects _objects;

        public InputDownloader(LocalObjects objects) => _objects = objects;

        /// <summary>The channel's files, in key order; none when the job has no such channel.</summary>
        /// <exception cref="JobFailure">The data is not there.</exception>
        public async Task<IReadOnlyList<string>> DownloadAsync(DescribeAutoMLJobV2Response job, string channelType, string directory, CancellationToken cancellationToken)
        {
            AutoMLJobChannel? channel = TrainingRequests.Channel(job, channelType);
            if (channel == null)
            {
                return Array.Empty<string>();
            }

            AutoMLS3DataSource source = channel.DataSource!.S3DataSource!;
            S3Location location = S3Location.TryParse(source.S3Uri)!;
            if (!await _objects.BucketExistsAsync(location.Bucket, cancellationToken))
            {
                throw new JobFailure($"ClientError: The {channelType} data {location} is in bucket {location.Bucket}, which does not exist on the local server.");
            }

            if (source.S3DataType == AutoMLS3DataType.AugmentedManifestFile)
            {
                return new[] { await new AugmentedManifestDownloader(_objects).DownloadAsync(location, channelType, directory, cancellationToken) };
            }

            IReadOnlyList<ObjectRecord> objects = source.S3DataType == AutoMLS3DataType.ManifestFile
                ? await ManifestObjectsAsync(location, cancellationToken)
                : (await ListAsync(location, cancellationToken)).Where(o => !o.Key.EndsWith('/')).ToList();
            if (objects.Count == 0)
            {
                throw new JobFailure($"ClientError: No {channelType} data was found: {location} holds no objects.");
            }

            Directory.CreateDirectory(directory);
            bool gzip = string.Equals(channel.CompressionType, CompressionType.Gzip, StringComparison.OrdinalIgnoreCase);
            var files = new List<string>();
            var names = new LocalFileNames(directory);
            foreach (ObjectRecord record in objects)
            {
                // In key order, which is the order the engine concatenates CSV files in.
                string path = names.For(RelativeKey(location, record.Key));
                await CopyAsync(_objects, record, path, gzip, cancellationToken);
                files.Add(path);
            }

            return files;
        }

        /// <summary>An object's key below the channel's prefix (a manifest's objects may lie elsewhere: their key).</summary>
        private static string RelativeKey(S3Location prefix, string key) =>
            key.StartsWith(prefix.Key, StringComparison.Ordinal) && key.Length > prefix.Key.Length ? key.Substring(prefix.Key.Length) : key;

        private async Task<IReadOnlyList<ObjectRecord>> ListAsync(S3Location prefix, CancellationToken cancellationToken)
        {
            try
            {
                return await _objects.ListAsync(prefix, cancellationToken);
            }
            catch (InvalidDataException error)
            {
                throw new JobFailure("ClientError: " + error.Message);
            }
        }

        private async Task<IReadOnlyList<ObjectRecord>> ManifestObjectsAsync(S3Location manifest, CancellationToken cancellationToken)
        {
            ObjectRecord record = await _objects.GetAsync(manifest, cancellationToken)
                ?? throw new JobFailure($"ClientError: The manifest file {manifest} does not exist.");
            JsonElement root;
            try
            {
                await using FileStream stream = _objects.OpenRead(record);
                using JsonDocument document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
                root = document.RootElement.Clone();
            }
            catch (JsonException error)
            {
                throw new JobFailure($"ClientError: The manifest file {manifest} is not JSON: {error.Message}");
            }

            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() == 0
                || root[0].ValueKind != JsonValueKind.Object || !root[0].TryGetProperty("prefix", out JsonElement prefixValue)
                || S3Location.TryParse(prefixValue.GetString()) is not S3Location prefix)
            {
                throw new JobFailure($"ClientError: The manifest file {manifest} must be a JSON array whose first item is {{\"prefix\": \"s3://bucket/prefix/\"}} followed by the keys under it.");
            }

            var objects = new List<ObjectRecord>();
            foreach (JsonElement item in root.EnumerateArray().Skip(1))
            {
                S3Location location = prefix.Combine(item.GetString() ?? string.Empty);
                objects.Add(await _objects.GetAsync(location, cancellationToken)
                    ?? throw new JobFailure($"ClientError: The manifest file {manifest} lists {location}, which does not exist."));
            }

            return objects;
        }

        /// <summary>Copies one object to a new local file, unzipping it when asked.</summary>
        /// <exception cref="JobFailure">It is not the gzip data the channel says it is.</exception>
        internal static async Task CopyAsync(LocalObjects objects, ObjectRecord record, string path, bool gzip, CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using FileStream source = objects.OpenRead(record);
            await using Stream input = gzip ? new GZipStream(source, CompressionMode.Decompress) : source;
            await using var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            try
            {
                await input.CopyToAsync(output, cancellationToken);
            }
            catch (InvalidDataException error)
            {
                throw new JobFailure($"ClientError: s3://{record.Bucket}/{record.Key} is not gzip data, as the channel's CompressionType says: {error.Message}");
            }
        }
    }
}
