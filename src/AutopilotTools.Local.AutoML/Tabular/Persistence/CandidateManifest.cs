using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using AutopilotTools.Local.AutoML.Tabular.Data;

namespace AutopilotTools.Local.AutoML.Tabular.Persistence
{
    /// <summary>
    /// <c>candidate.json</c>, the sidecar beside each model: what a server or <see cref="Inference.TabularPredictor"/>
    /// needs to use the model without the job — the input columns in training order, how each feature is read, the
    /// labels in probability order, the problem type — plus what produced it (algorithm, trainer, hyperparameters,
    /// metrics). An ensemble's sidecar lists member directories instead of a model file.
    /// </summary>
    internal sealed class CandidateManifest
    {
        public const string FileName = "candidate.json";
        public const string ModelFileName = "model.zip";
        public const int CurrentFormat = 1;

        private static readonly JsonSerializerOptions Json = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // A metric can be NaN on degenerate validation rows; the sidecar must still be written.
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            Converters = { new JsonStringEnumConverter() },
        };

        public int FormatVersion { get; set; } = CurrentFormat;
        /// <summary>Which problem type loads this model (<see cref="Problems.ProblemTypeRegistry.SidecarMember"/>).</summary>
        public string ProblemTypeConfigName { get; set; } = Model.AutoMLProblemTypeConfigName.Tabular;
        public string CandidateName { get; set; } = "";
        public string Algorithm { get; set; } = "";
        public string Trainer { get; set; } = "";
        public SortedDictionary<string, string> Hyperparameters { get; set; } = new(StringComparer.Ordinal);
        public string ProblemType { get; set; } = "";
        public string TargetAttributeName { get; set; } = "";
        public string? SampleWeightAttributeName { get; set; }
        /// <summary>Every column but the target, in training order: the positions of a CSV inference row.</summary>
        public List<string> InputColumns { get; set; } = new();
        public List<ManifestFeature> FeatureColumns { get; set; } = new();
        /// <summary>Classification labels in probability order (binary: negative, positive); empty for regression.</summary>
        public List<string> Labels { get; set; } = new();
        public string ObjectiveMetric { get; set; } = "";
        public double? ObjectiveValue { get; set; }
        public SortedDictionary<string, double> Metrics { get; set; } = new(StringComparer.Ordinal);
        /// <summary>The ML.NET model, relative to the sidecar; null for an ensemble.</summary>
        public string? ModelFile { get; set; }
        /// <summary>An ensemble's member directories, relative to the sidecar.</summary>
        public List<string>? Members { get; set; }

        public void Save(string directory)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(this, Json));
        }

        public static CandidateManifest Load(string path)
        {
            var manifest = JsonSerializer.Deserialize<CandidateManifest>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"'{path}' is empty.");
            if (manifest.FormatVersion != CurrentFormat)
                throw new InvalidDataException($"'{path}' has format version {manifest.FormatVersion}; this engine reads version {CurrentFormat}.");
            return manifest;
        }

        public IReadOnlyList<FeatureColumn> Features()
        {
            var features = new List<FeatureColumn>();
            foreach (var f in FeatureColumns) features.Add(new FeatureColumn(f.Name, f.Kind, f.HasMissing));
            return features;
        }
    }

    /// <summary>A feature column as the sidecar stores it.</summary>
    internal sealed class ManifestFeature
    {
        public string Name { get; set; } = "";
        public ColumnKind Kind { get; set; }
        public bool HasMissing { get; set; }

        public static ManifestFeature From(FeatureColumn f) => new ManifestFeature { Name = f.Name, Kind = f.Kind, HasMissing = f.HasMissing };
    }
}
