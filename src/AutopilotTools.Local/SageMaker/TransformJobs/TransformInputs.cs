using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.S3;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.TransformJobs
{
    /// <summary>
    /// The objects a transform job reads, each with the key its output is named after (<c>&lt;key&gt;.out</c> under the
    /// output path). For an S3Prefix that key is relative to the prefix's folder, so <c>s3://b/in/</c> and
    /// <c>s3://b/in/part</c> both name <c>s3://b/in/part-1.csv</c>'s output <c>part-1.csv.out</c>; for a
    /// ManifestFile (<c>[{"prefix": "s3://b/in/"}, "a.csv", "sub/b.csv"]</c>) it is the manifest's relative key.
    /// </summary>
    internal static class TransformInputs
    {
        public static async Task<IReadOnlyList<TransformInputObject>> ResolveAsync(LocalObjects objects, TransformS3DataSource source, CancellationToken cancellationToken)
        {
            S3Location location = S3Location.TryParse(source.S3Uri)!;
            List<TransformInputObject> inputs = source.S3DataType == S3DataType.ManifestFile
                ? await FromManifestAsync(objects, location, cancellationToken)
                : await UnderPrefixAsync(objects, location, cancellationToken);
            return inputs.Count > 0
                ? inputs
                : throw new TransformFailure($"No S3 objects found under S3 URL \"{source.S3Uri}\" given in input data source.");
        }

        private static async Task<List<TransformInputObject>> UnderPrefixAsync(LocalObjects objects, S3Location prefix, CancellationToken cancellationToken)
        {
            int folder = prefix.Key.LastIndexOf('/') + 1;
            IReadOnlyList<ObjectRecord> found;
            try
            {
                found = await objects.ListAsync(prefix, cancellationToken);
            }
            catch (InvalidDataException error)
            {
                throw new TransformFailure(error.Message);
            }

            // Keys ending in / are the folders consoles make, not data.
            return found.Where(o => !o.Key.EndsWith('/')).Select(o => new TransformInputObject(o, o.Key.Substring(folder))).ToList();
        }

        private static async Task<List<TransformInputObject>> FromManifestAsync(LocalObjects objects, S3Location manifestLocation, CancellationToken cancellationToken)
        {
            ObjectRecord manifest = await objects.GetAsync(manifestLocation, cancellationToken)
                ?? throw new TransformFailure($"The manifest file {manifestLocation} does not exist.");
            (S3Location prefix, List<string> keys) = await ReadManifestAsync(objects, manifest, manifestLocation, cancellationToken);
            var inputs = new List<TransformInputObject>();
            foreach (string key in keys)
            {
                S3Location location = prefix.Combine(key);
                ObjectRecord record = await objects.GetAsync(location, cancellationToken)
                    ?? throw new TransformFailure($"The manifest file {manifestLocation} lists {location}, which does not exist.");
                inputs.Add(new TransformInputObject(record, key));
            }

            return inputs;
        }

        private static async Task<(S3Location Prefix, List<string> Keys)> ReadManifestAsync(LocalObjects objects, ObjectRecord manifest, S3Location where, CancellationToken cancellationToken)
        {
            string invalid = $"The manifest file {where} is not a manifest: a JSON array of {{\"prefix\": \"s3://bucket/prefix/\"}} followed by keys relative to that prefix.";
            try
            {
                await using FileStream stream = objects.OpenRead(manifest);
                using JsonDocument document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
                JsonElement[] entries = document.RootElement.ValueKind == JsonValueKind.Array ? document.RootElement.EnumerateArray().ToArray() : Array.Empty<JsonElement>();
                if (entries.Length == 0 || entries[0].ValueKind != JsonValueKind.Object || !entries[0].TryGetProperty("prefix", out JsonElement prefixValue)
                    || S3Location.TryParse(prefixValue.GetString()) is not S3Location prefix || entries.Skip(1).Any(e => e.ValueKind != JsonValueKind.String))
                {
                    throw new TransformFailure(invalid);
                }

                return (prefix, entries.Skip(1).Select(e => e.GetString()!).ToList());
            }
            catch (JsonException)
            {
                throw new TransformFailure(invalid);
            }
        }
    }

    /// <summary>One input object and the key, relative to the input's prefix, its output is named after.</summary>
    internal sealed record TransformInputObject(ObjectRecord Record, string RelativeKey)
    {
        public string Uri => $"s3://{Record.Bucket}/{Record.Key}";
    }
}
