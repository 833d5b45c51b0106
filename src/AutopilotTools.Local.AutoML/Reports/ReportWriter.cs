using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AutopilotTools.Local.AutoML.Reports
{
    /// <summary>Writes a report's JSON and HTML side by side.</summary>
    internal static class ReportWriter
    {
        private static readonly JsonSerializerOptions Indented = new JsonSerializerOptions { WriteIndented = true };

        public static ReportFiles Write(string directory, string name, JsonObject json, HtmlReport html)
        {
            Directory.CreateDirectory(directory);
            var jsonPath = Path.Combine(directory, name + ".json");
            var htmlPath = Path.Combine(directory, name + ".html");
            File.WriteAllText(jsonPath, json.ToJsonString(Indented));
            File.WriteAllText(htmlPath, html.ToString());
            return new ReportFiles(jsonPath, htmlPath);
        }

        /// <summary>JSON has no NaN or infinity; an undefined number is written as null.</summary>
        public static JsonNode? Number(double? value) =>
            value is double v && !double.IsNaN(v) && !double.IsInfinity(v) ? JsonValue.Create(v) : null;
    }
}
