using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace AutopilotTools.Inference
{
    /// <summary>
    /// Reads an Autopilot endpoint's answer for a batch of rows: text/csv with one line per row whose fields are the
    /// response keys in the order the endpoint was deployed with (predicted_label alone by default; list-valued keys
    /// as "[…]"), or application/json as {"predictions": [{key: value, …}, …]}.
    /// </summary>
    public static class PredictionReader
    {
        public static readonly IReadOnlyList<string> DefaultKeys = new[] { "predicted_label" };

        public static List<Prediction> Read(string body, string? contentType, IReadOnlyList<string>? keys)
        {
            IReadOnlyList<string> fields = keys == null || keys.Count == 0 ? DefaultKeys : keys;
            return contentType != null && contentType.IndexOf("json", StringComparison.OrdinalIgnoreCase) >= 0
                ? ReadJson(body)
                : body.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).Select(l => FromCsv(l, fields)).ToList();
        }

        private static Prediction FromCsv(string line, IReadOnlyList<string> keys)
        {
            List<string> values = CsvRow.Split(line);
            var prediction = new Prediction { Raw = line };
            for (int i = 0; i < keys.Count && i < values.Count; i++)
            {
                Set(prediction, keys[i], values[i]);
            }

            return prediction;
        }

        private static List<Prediction> ReadJson(string body)
        {
            using JsonDocument document = JsonDocument.Parse(body);
            JsonElement predictions = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("predictions", out JsonElement p)
                ? p
                : document.RootElement;
            var result = new List<Prediction>();
            foreach (JsonElement item in predictions.ValueKind == JsonValueKind.Array ? predictions.EnumerateArray() : Enumerable.Repeat(predictions, 1))
            {
                var prediction = new Prediction { Raw = item.GetRawText() };
                if (item.ValueKind == JsonValueKind.Object)
                {
                    foreach (JsonProperty property in item.EnumerateObject())
                    {
                        Set(prediction, property.Name, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText());
                    }
                }
                else
                {
                    Set(prediction, "predicted_label", item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText());
                }

                result.Add(prediction);
            }

            return result;
        }

        private static void Set(Prediction prediction, string key, string value)
        {
            switch (key)
            {
                case "predicted_label":
                    prediction.PredictedLabel = value;
                    prediction.PredictedValue = Number(value);
                    break;
                case "probability":
                    prediction.Probability = Number(value);
                    break;
                case "probabilities":
                    prediction.Probabilities = List(value).Select(v => Number(v) ?? double.NaN).ToList();
                    break;
                case "labels":
                    prediction.Labels = List(value);
                    break;
            }
        }

        private static double? Number(string text) =>
            double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : (double?)null;

        /// <summary>"[0.1, 0.9]" or "['a', 'b']" (as Autopilot writes lists in CSV) or a JSON array.</summary>
        private static List<string> List(string text) =>
            text.Trim().TrimStart('[').TrimEnd(']').Split(',').Select(v => v.Trim().Trim('\'', '"')).Where(v => v.Length > 0).ToList();
    }
}
