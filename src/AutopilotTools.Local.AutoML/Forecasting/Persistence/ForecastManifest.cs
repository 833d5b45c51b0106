using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using AutopilotTools.Local.AutoML.Forecasting.Data;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Forecasting.Persistence
{
    /// <summary>
    /// A forecasting candidate's sidecar (<c>candidate.json</c>): the job's config (read again as at training), the
    /// covariates as training coded them, the season and sign the models were told, and the ensemble's members
    /// with their weights and model folders.
    /// </summary>
    internal sealed class ForecastManifest
    {
        private static readonly JsonSerializerOptions Options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

        /// <summary>Names this engine to the registry (<see cref="ProblemTypeRegistry.SidecarMember"/>).</summary>
        public string ProblemTypeConfigName { get; set; } = AutoMLProblemTypeConfigName.TimeSeriesForecasting;

        public string CandidateName { get; set; } = "";

        public TimeSeriesForecastingJobConfig Config { get; set; } = new TimeSeriesForecastingJobConfig();

        public List<Covariate> Covariates { get; set; } = new List<Covariate>();

        public int SeasonLength { get; set; }

        public bool NonNegative { get; set; }

        public List<ManifestMember> Members { get; set; } = new List<ManifestMember>();

        public void Write(string directory) =>
            File.WriteAllText(Path.Combine(directory, ProblemTypeRegistry.SidecarFile), JsonSerializer.Serialize(this, Options));

        /// <exception cref="InvalidDataException">The sidecar is missing or unreadable.</exception>
        public static ForecastManifest Read(string directory)
        {
            try
            {
                return JsonSerializer.Deserialize<ForecastManifest>(File.ReadAllText(Path.Combine(directory, ProblemTypeRegistry.SidecarFile)), Options)
                    ?? throw new InvalidDataException("Its candidate.json is empty.");
            }
            catch (JsonException error)
            {
                throw new InvalidDataException("Its candidate.json is not a forecasting model's: " + error.Message, error);
            }
        }
    }

    /// <summary>One algorithm of the ensemble: its weight and the folder of its model (relative to the model directory).</summary>
    internal sealed class ManifestMember
    {
        public string Algorithm { get; set; } = "";

        public double Weight { get; set; }

        public string Directory { get; set; } = "";
    }
}
