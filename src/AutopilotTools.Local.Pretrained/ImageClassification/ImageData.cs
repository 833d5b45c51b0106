using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Model;
using SkiaSharp;

namespace AutopilotTools.Local.Pretrained.ImageClassification
{
    /// <summary>
    /// An image classification channel as the server downloaded it. <c>S3Prefix</c> and <c>ManifestFile</c>: the
    /// images in one folder per label (the folder's name is the label). <c>AugmentedManifestFile</c>: one JSON line per
    /// image, <c>source-ref</c> its local copy and the label in an attribute — <c>label</c>, an attribute whose value is
    /// an object with <c>class-name</c> (<c>"label-metadata": {"class-name": "cat"}</c>), or the one other string or
    /// number attribute. Files that are not images (by extension, or undecodable) are skipped and counted.
    /// </summary>
    internal static class ImageData
    {
        private static readonly HashSet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp" };

        /// <exception cref="AutoMLDataException">A manifest line has no label.</exception>
        public static (List<(string Path, string Label)> Images, int Skipped) Read(IReadOnlyList<string> paths, string? s3DataType)
        {
            IEnumerable<(string Path, string Label)> candidates = s3DataType == AutoMLS3DataType.AugmentedManifestFile
                ? paths.SelectMany(FromManifest)
                : paths.Where(p => Extensions.Contains(Path.GetExtension(p))).Select(p => (p, Path.GetFileName(Path.GetDirectoryName(p))!));
            var images = new List<(string, string)>();
            int skipped = s3DataType == AutoMLS3DataType.AugmentedManifestFile ? 0 : paths.Count(p => !Extensions.Contains(Path.GetExtension(p)));
            foreach ((string path, string label) in candidates)
            {
                if (IsImage(path))
                {
                    images.Add((path, label));
                }
                else
                {
                    skipped++;
                }
            }

            return (images, skipped);
        }

        /// <summary>Whether SkiaSharp, which decodes for the featurizer, recognises the file (reads the header only).</summary>
        public static bool IsImage(string path)
        {
            using SKCodec? codec = SKCodec.Create(path);
            return codec != null;
        }

        private static IEnumerable<(string, string)> FromManifest(string manifest)
        {
            int number = 0;
            foreach (string line in File.ReadLines(manifest))
            {
                number++;
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                using JsonDocument document = JsonDocument.Parse(line);
                JsonElement root = document.RootElement;
                string source = root.GetProperty("source-ref").GetString()!;
                yield return (source, Label(root) ?? throw new AutoMLDataException(
                    $"ClientError: Line {number} of the augmented manifest has no label: give it a \"label\" attribute or a \"…-metadata\" object with \"class-name\"."));
            }
        }

        private static string? Label(JsonElement line)
        {
            if (line.TryGetProperty("label", out JsonElement label) && Scalar(label) is string named)
            {
                return named;
            }

            foreach (JsonProperty attribute in line.EnumerateObject())
            {
                if (attribute.Value.ValueKind == JsonValueKind.Object && attribute.Value.TryGetProperty("class-name", out JsonElement className) && Scalar(className) is string value)
                {
                    return value;
                }
            }

            string[] others = line.EnumerateObject().Where(a => a.Name != "source-ref" && !a.Name.EndsWith("-metadata", StringComparison.Ordinal))
                .Select(a => Scalar(a.Value)).OfType<string>().ToArray();
            return others.Length == 1 ? others[0] : null;
        }

        private static string? Scalar(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}
