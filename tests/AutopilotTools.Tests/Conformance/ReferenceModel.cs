using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace AutopilotTools.Tests.Conformance
{
    /// <summary>
    /// The official SageMaker service model, read from ../shared/reference beside the repository: the Autopilot subset
    /// and the additions beside it (training and transform jobs), as one model, the way tools/ModelGen reads them. It
    /// is never copied into the repository, so a user's clone has no such folder and the conformance tests skip there;
    /// where the folder exists, every file must be in it.
    /// </summary>
    internal static class ReferenceModel
    {
        public const string FileName = "sagemaker-2017-07-24.autopilot-subset.json";

        public const string AdditionsFileName = "sagemaker-2017-07-24.additions.json";

        /// <summary>The folder: ../shared/reference beside the repository.</summary>
        public static string Folder { get; } = Path.GetFullPath(Path.Combine(Hosting.RepoPaths.Root, "..", "shared", "reference"));

        // JsonDocument rather than JsonNode for the shared copy: its reads are safe from parallel tests.
        private static readonly Lazy<JsonDocument> Document = new Lazy<JsonDocument>(() => JsonDocument.Parse(LoadEditableCopy().ToJsonString()));

        public static bool Available => Directory.Exists(Folder);

        public static string SkipReason => $"Needs the SageMaker service model in {Folder} (../shared/reference beside the repository); it is absent, as in a user's clone.";

        /// <summary>The whole model: metadata, operations, shapes.</summary>
        public static JsonElement Root => Document.Value.RootElement;

        public static JsonElement Shapes => Root.GetProperty("shapes");

        public static JsonElement Operations => Root.GetProperty("operations");

        /// <summary>
        /// A private, editable copy of the whole model (the subset with the additions' shapes and operations), for
        /// tests that alter the model to prove the checks can fail. A name both files define must be defined the same.
        /// </summary>
        public static JsonObject LoadEditableCopy()
        {
            JsonObject model = Read(FileName);
            JsonObject additions = Read(AdditionsFileName);
            foreach (string part in new[] { "shapes", "operations" })
            {
                JsonObject target = model[part]!.AsObject();
                foreach ((string name, JsonNode? definition) in additions[part]!.AsObject().ToList())
                {
                    if (target[name] is JsonNode existing)
                    {
                        if (!JsonNode.DeepEquals(existing, definition))
                        {
                            throw new InvalidDataException($"{AdditionsFileName} defines {part} '{name}' differently from {FileName}.");
                        }

                        continue;
                    }

                    additions[part]!.AsObject().Remove(name);
                    target[name] = definition;
                }
            }

            return model;
        }

        /// <summary>The SageMaker Runtime model (InvokeEndpoint), from the same folder.</summary>
        public static JsonElement Runtime => RuntimeDocument.Value.RootElement;

        private static readonly Lazy<JsonDocument> RuntimeDocument = new Lazy<JsonDocument>(() => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, RuntimeFileName))));

        public const string RuntimeFileName = "sagemaker-runtime-2017-05-13.invoke-subset.json";

        private static JsonObject Read(string fileName) => JsonNode.Parse(File.ReadAllBytes(Path.Combine(Folder, fileName)))!.AsObject();
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
