using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Problems
{
    /// <summary>
    /// The problem types this engine trains, by <c>AutoMLProblemTypeConfigName</c>: the built-in ones (one line each
    /// in <see cref="Builtin"/>) and those of optional engine assemblies (<see cref="EngineAssemblies"/>).
    /// </summary>
    public sealed class ProblemTypeRegistry
    {
        /// <summary>The sidecar member naming the problem type that wrote a model directory; absent means Tabular.</summary>
        public const string SidecarMember = "problemTypeConfigName";

        /// <summary>Every model directory's sidecar file.</summary>
        public const string SidecarFile = "candidate.json";

        private readonly Dictionary<string, IProblemType> _types = new Dictionary<string, IProblemType>(StringComparer.Ordinal);

        /// <summary>A registry with the problem types built into this engine.</summary>
        public static ProblemTypeRegistry Builtin()
        {
            var registry = new ProblemTypeRegistry();
            registry.Register(new Tabular.TabularProblemType());
            registry.Register(new Forecasting.ForecastingProblemType());
            return registry;
        }

        /// <summary>The registered problem types.</summary>
        public IReadOnlyCollection<IProblemType> All => _types.Values;

        /// <summary>Adds a problem type; a later registration of the same config name replaces the earlier one.</summary>
        public void Register(IProblemType problemType) => _types[problemType.ConfigName] = problemType;

        /// <summary>The problem type registered for <paramref name="configName"/>, or null.</summary>
        public IProblemType? Find(string? configName) =>
            configName != null && _types.TryGetValue(configName, out IProblemType? found) ? found : null;

        /// <summary>Loads a candidate's unpacked model with the problem type its sidecar names.</summary>
        /// <exception cref="InvalidDataException">No sidecar, or it names a problem type this engine does not have.</exception>
        public IEndpointModel LoadModel(string modelDirectory, IReadOnlyDictionary<string, string> environment)
        {
            string configName = ConfigNameOf(modelDirectory);
            IProblemType problemType = Find(configName)
                ?? throw new InvalidDataException($"It is a {configName} model, and this local server has no engine for {configName} models.");
            return problemType.LoadModel(modelDirectory, environment);
        }

        /// <summary>The problem type a model directory's sidecar names (models written before the member existed are tabular).</summary>
        public static string ConfigNameOf(string modelDirectory)
        {
            string sidecar = Path.Combine(modelDirectory, SidecarFile);
            if (!File.Exists(sidecar))
            {
                throw new InvalidDataException($"It has no {SidecarFile}, so it is not a model the local server trained.");
            }

            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(sidecar));
            return document.RootElement.TryGetProperty(SidecarMember, out JsonElement name) && name.ValueKind == JsonValueKind.String
                ? name.GetString()!
                : AutoMLProblemTypeConfigName.Tabular;
        }
    }
}
