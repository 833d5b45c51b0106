using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.S3;
using AutopilotTools.Local.Storage;

namespace AutopilotTools.Local.Training
{
    /// <summary>
    /// An <c>AugmentedManifestFile</c> channel: JSON lines, each naming its object in <c>source-ref</c>
    /// (<c>{"source-ref": "s3://bucket/cats/1.jpg", "label": "cat"}</c>). Every object is copied below the channel's
    /// folder (bucket and key as folders), and the manifest is written beside them as <c>manifest.jsonl</c> with each
    /// <c>source-ref</c> replaced by the local path, the other attributes as they were.
    /// </summary>
    internal sealed class AugmentedManifestDownloader
    {
        /// <summary>The attribute naming a line's object.</summary>
        public const string SourceRef = "source-ref";

        private readonly LocalObjects _objects;

        public AugmentedManifestDownloader(LocalObjects objects) => _objects = objects;

        /// <summary>Copies the manifest's objects; returns the local manifest's path.</summary>
        /// <exception cref="JobFailure">The manifest or an object it names is missing, or a line is not a JSON object with a source-ref.</exception>
        public async Task<string> DownloadAsync(S3Location manifest, string channelType, string directory, CancellationToken cancellationToken)
        {
            ObjectRecord record = await _objects.GetAsync(manifest, cancellationToken)
                ?? throw new JobFailure($"ClientError: The {channelType} augmented manifest file {manifest} does not exist.");
            string text;
            await using (FileStream stream = _objects.OpenRead(record))
            using (var reader = new StreamReader(stream, Encoding.UTF8))
            {
                text = await reader.ReadToEndAsync(cancellationToken);
            }

            Directory.CreateDirectory(directory);
            var names = new LocalFileNames(Path.Combine(directory, "objects"));
            var lines = new List<string>();
            int number = 0;
            foreach (string raw in text.Split('\n'))
            {
                number++;
                if (raw.Trim().Length == 0)
                {
                    continue;
                }

                JsonObject line = Parse(raw, number, manifest);
                S3Location source = S3Location.TryParse(line[SourceRef]!.GetValue<string>())
                    ?? throw new JobFailure($"ClientError: Line {number} of the augmented manifest file {manifest} has a {SourceRef} that is not an s3:// URI.");
                ObjectRecord item = await _objects.GetAsync(source, cancellationToken)
                    ?? throw new JobFailure($"ClientError: Line {number} of the augmented manifest file {manifest} names {source}, which does not exist.");
                string path = names.For(source.Bucket + "/" + source.Key);
                await InputDownloader.CopyAsync(_objects, item, path, gzip: false, cancellationToken);
                line[SourceRef] = path;
                lines.Add(line.ToJsonString());
            }

            if (lines.Count == 0)
            {
                throw new JobFailure($"ClientError: No {channelType} data was found: the augmented manifest file {manifest} has no lines.");
            }

            string local = Path.Combine(directory, "manifest.jsonl");
            await File.WriteAllLinesAsync(local, lines, cancellationToken);
            return local;
        }

        private static JsonObject Parse(string raw, int number, S3Location manifest)
        {
            try
            {
                if (JsonNode.Parse(raw) is JsonObject line && line[SourceRef] is JsonValue value && value.TryGetValue(out string? _))
                {
                    return line;
                }
            }
            catch (JsonException)
            {
            }

            throw new JobFailure($"ClientError: Line {number} of the augmented manifest file {manifest} is not a JSON object with a \"{SourceRef}\" string.");
        }
    }
}
