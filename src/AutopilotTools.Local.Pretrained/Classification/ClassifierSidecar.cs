using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using AutopilotTools.Local.AutoML.Problems;

namespace AutopilotTools.Local.Pretrained.Classification
{
    /// <summary>
    /// A pretrained-encoder candidate's <c>candidate.json</c>: its problem type (which the server's registry reads to
    /// pick the engine), its labels in probability order, and its members, whose probabilities it averages (one
    /// member for a single model). Each member names its encoder and the file of what was trained on it.
    /// </summary>
    internal sealed class ClassifierSidecar
    {
        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

        [JsonPropertyName(ProblemTypeRegistry.SidecarMember)]
        public string ProblemTypeConfigName { get; set; } = "";

        [JsonPropertyName("algorithm")]
        public string Algorithm { get; set; } = "";

        [JsonPropertyName("labels")]
        public List<string> Labels { get; set; } = new List<string>();

        /// <summary>Text classification: the column a JSON request's instances carry the text in.</summary>
        [JsonPropertyName("contentColumn")]
        public string? ContentColumn { get; set; }

        [JsonPropertyName("members")]
        public List<Member> Members { get; set; } = new List<Member>();

        public void Write(string directory)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, ProblemTypeRegistry.SidecarFile), JsonSerializer.Serialize(this, Options));
        }

        /// <exception cref="InvalidDataException">No readable sidecar, or one of another problem type.</exception>
        public static ClassifierSidecar Read(string directory, string configName)
        {
            string path = Path.Combine(directory, ProblemTypeRegistry.SidecarFile);
            ClassifierSidecar? sidecar;
            try
            {
                sidecar = JsonSerializer.Deserialize<ClassifierSidecar>(File.ReadAllText(path), Options);
            }
            catch (Exception error) when (error is JsonException || error is IOException)
            {
                throw new InvalidDataException($"{ProblemTypeRegistry.SidecarFile} cannot be read: {error.Message}", error);
            }

            if (sidecar == null || sidecar.ProblemTypeConfigName != configName || sidecar.Labels.Count < 2 || sidecar.Members.Count == 0)
            {
                throw new InvalidDataException($"{ProblemTypeRegistry.SidecarFile} does not describe a {configName} model of this engine.");
            }

            return sidecar;
        }

        /// <summary>One averaged model: an encoder and the file trained on its output.</summary>
        internal sealed class Member
        {
            /// <summary>One of the encoder names the problem type knows (<c>minilm</c>, <c>bag-of-words</c>, <c>resnet18</c>).</summary>
            [JsonPropertyName("encoder")]
            public string Encoder { get; set; } = "";

            [JsonPropertyName("file")]
            public string File { get; set; } = "";

            /// <summary>The encoder's vector length, for heads trained on vectors.</summary>
            [JsonPropertyName("dimensions")]
            public int? Dimensions { get; set; }
        }
    }
}
