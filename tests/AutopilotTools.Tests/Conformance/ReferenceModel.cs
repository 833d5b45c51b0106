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

        /// <summary>The model file's path: ../shared/reference beside the repository.</summary>
        public static string FilePath { get; } = PathOf(FileName);

        // JsonDocument rather than JsonNode for the shared copy: its reads are safe from parallel tests.
        private static readonly Lazy<JsonDocument> Document = new Lazy<JsonDocument>(() => JsonDocument.Parse(File.ReadAllBytes(FilePath)));

        public static bool Available => File.Exists(FilePath);

        public static string SkipReason => $"Needs the SageMaker service model at {FilePath} (../shared/reference beside the repository); it is absent, as in a user's clone.";

        /// <summary>The whole model: metadata, operations, shapes.</summary>
        public static JsonElement Root => Document.Value.RootElement;

        public static JsonElement Shapes => Root.GetProperty("shapes");

        public static JsonElement Operations => Root.GetProperty("operations");

        /// <summary>A private, editable copy, for tests that alter the model to prove the checks can fail.</summary>
        public static JsonObject LoadEditableCopy() => JsonNode.Parse(File.ReadAllBytes(FilePath))!.AsObject();

        /// <summary>The SageMaker Runtime model (InvokeEndpoint), from the same folder.</summary>
        public static JsonElement Runtime => RuntimeDocument.Value.RootElement;

        private static readonly Lazy<JsonDocument> RuntimeDocument = new Lazy<JsonDocument>(() => JsonDocument.Parse(File.ReadAllBytes(PathOf(RuntimeFileName))));

        public const string RuntimeFileName = "sagemaker-runtime-2017-05-13.invoke-subset.json";

        private static string PathOf(string fileName) => Path.GetFullPath(Path.Combine(Hosting.RepoPaths.Root, "..", "shared", "reference", fileName));
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
