using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace AutopilotTools.Tests.Conformance
{
    /// <summary>
    /// The official SageMaker service model, read from ../shared/reference beside the repository. It is never copied
    /// into the repository, so a user's clone has no such folder and the conformance tests skip there.
    /// </summary>
    internal static class ReferenceModel
    {
        public const string FileName = "sagemaker-2017-07-24.autopilot-subset.json";

        // JsonDocument rather than JsonNode for the shared copy: its reads are safe from parallel tests.
        private static readonly Lazy<JsonDocument> Document = new Lazy<JsonDocument>(() => JsonDocument.Parse(File.ReadAllBytes(FilePath!)));

        /// <summary>The model file's path, or null when the repository root itself cannot be found.</summary>
        public static string? FilePath { get; } = FindFilePath();

        public static bool Available => FilePath != null && File.Exists(FilePath);

        public static string SkipReason => FilePath == null
            ? "Needs the SageMaker service model in ../shared/reference beside the repository, but no ancestor of the test output holds AutopilotTools.sln."
            : $"Needs the SageMaker service model at {FilePath} (../shared/reference beside the repository); it is absent, as in a user's clone.";

        /// <summary>The whole model: metadata, operations, shapes.</summary>
        public static JsonElement Root => Document.Value.RootElement;

        public static JsonElement Shapes => Root.GetProperty("shapes");

        public static JsonElement Operations => Root.GetProperty("operations");

        /// <summary>A private, editable copy, for tests that alter the model to prove the checks can fail.</summary>
        public static JsonObject LoadEditableCopy() => JsonNode.Parse(File.ReadAllBytes(FilePath!))!.AsObject();

        private static string? FindFilePath()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                // .slnx too: `dotnet new sln` writes that format since .NET 10.
                if (File.Exists(Path.Combine(dir.FullName, "AutopilotTools.sln")) || File.Exists(Path.Combine(dir.FullName, "AutopilotTools.slnx")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "reference", FileName));
                }
            }

            return null;
        }
    }

    /// <summary>A fact that needs the reference model, and skips (saying why) only when it is absent.</summary>
    public sealed class ReferenceFactAttribute : FactAttribute
    {
        public ReferenceFactAttribute()
        {
            if (!ReferenceModel.Available)
            {
                Skip = ReferenceModel.SkipReason;
            }
        }
    }
}
