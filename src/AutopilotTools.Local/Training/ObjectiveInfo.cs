using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Training
{
    /// <summary>The job's objective and problem type as the engine resolved them (given, defaulted or inferred).</summary>
    internal sealed record ObjectiveInfo(string MetricName, string Type, string ProblemType)
    {
        /// <summary>The metrics the engine minimises; every other tabular metric is maximised.</summary>
        private static readonly HashSet<string> Minimized = new HashSet<string> { "MSE", "RMSE", "MAE", "LogLoss" };

        /// <summary>
        /// Read from a finished candidate's sidecar (<c>candidate.json</c>, which the engine documents for servers), for
        /// candidates saved while the job still runs; the job's outcome says the same once it ends.
        /// </summary>
        public static ObjectiveInfo? FromSidecar(string? modelDirectory)
        {
            string? path = modelDirectory == null ? null : Path.Combine(modelDirectory, "candidate.json");
            if (path == null || !File.Exists(path))
            {
                return null;
            }

            using JsonDocument sidecar = JsonDocument.Parse(File.ReadAllText(path));
            string? metric = sidecar.RootElement.TryGetProperty("objectiveMetric", out JsonElement m) ? m.GetString() : null;
            string? problem = sidecar.RootElement.TryGetProperty("problemType", out JsonElement p) ? p.GetString() : null;
            return metric == null || problem == null
                ? null
                : new ObjectiveInfo(metric, Minimized.Contains(metric) ? AutoMLJobObjectiveType.Minimize : AutoMLJobObjectiveType.Maximize, problem);
        }
    }
}
