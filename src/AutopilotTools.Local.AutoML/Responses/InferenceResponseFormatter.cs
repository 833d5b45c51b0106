using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AutopilotTools.Catalog;
using AutopilotTools.Local.AutoML.Tabular.Data;

namespace AutopilotTools.Local.AutoML.Responses
{
    /// <summary>
    /// Writes predictions as an InvokeEndpoint response body with the keys SAGEMAKER_INFERENCE_OUTPUT selects, in that
    /// order. No keys: classification answers <c>predicted_label</c> only, as Autopilot's containers do by default;
    /// regression always answers the value.
    /// <para><c>text/csv</c>: one line per row, the keys' values comma-separated; lists are written as Python writes them
    /// (<c>[0.1, 0.9]</c>, <c>['no', 'yes']</c>) and quoted, as Autopilot's containers do.</para>
    /// <para><c>application/json</c>: <c>{"predictions": [{"predicted_label": "yes", "probability": 0.9, ...}]}</c>;
    /// regression rows are <c>{"score": 1.5}</c>, the common SageMaker shape.</para>
    /// </summary>
    public static class InferenceResponseFormatter
    {
        /// <summary>The CSV content type.</summary>
        public const string TextCsv = "text/csv";

        /// <summary>The JSON content type.</summary>
        public const string ApplicationJson = "application/json";

        /// <summary>Formats predictions for an accept type (<c>text/csv</c> or <c>application/json</c>).</summary>
        /// <param name="predictions">The rows' predictions.</param>
        /// <param name="keys">The response keys, in output order (SAGEMAKER_INFERENCE_OUTPUT split on commas); null or empty for the default.</param>
        /// <param name="accept">The response content type.</param>
        /// <exception cref="ArgumentException">An unknown key, keys for a regression model, or an unsupported accept type.</exception>
        public static string Format(IReadOnlyList<Prediction> predictions, IReadOnlyList<string>? keys, string accept)
        {
            var type = accept.Split(';')[0].Trim();
            bool csv = type.Equals(TextCsv, StringComparison.OrdinalIgnoreCase);
            if (!csv && !type.Equals(ApplicationJson, StringComparison.OrdinalIgnoreCase))
                throw new ArgumentException($"The accept type '{accept}' is not supported; ask for text/csv or application/json.", nameof(accept));
            var selected = Keys(predictions, keys);
            return csv ? Csv(predictions, selected) : Json(predictions, selected);
        }

        /// <summary>Splits a SAGEMAKER_INFERENCE_OUTPUT value into keys (commas, spaces trimmed).</summary>
        public static IReadOnlyList<string> ParseKeys(string? value) =>
            string.IsNullOrWhiteSpace(value) ? Array.Empty<string>() : value!.Split(',').Select(k => k.Trim()).Where(k => k.Length > 0).ToArray();

        private static IReadOnlyList<string>? Keys(IReadOnlyList<Prediction> predictions, IReadOnlyList<string>? keys)
        {
            bool regression = predictions.Count > 0 && predictions[0].Value != null;
            if (keys is null || keys.Count == 0) return regression ? null : new[] { InferenceResponseKeys.PredictedLabel };
            if (regression)
                throw new ArgumentException("A regression model answers with the predicted value only; it supports no inference response keys.", nameof(keys));
            var supported = InferenceResponseKeys.SupportedFor(Model.ProblemType.BinaryClassification);
            var unknown = keys.Where(k => !supported.Contains(k)).ToList();
            if (unknown.Count > 0)
                throw new ArgumentException($"Unsupported inference response keys: {string.Join(", ", unknown)}; the model supports {string.Join(", ", supported)}.", nameof(keys));
            return keys;
        }

        private static string Csv(IReadOnlyList<Prediction> predictions, IReadOnlyList<string>? keys)
        {
            var body = new StringBuilder();
            foreach (var p in predictions)
            {
                if (keys is null) body.Append(Number(p.Value!.Value));
                else body.Append(string.Join(",", keys.Select(k => CsvParser.Escape(CsvValue(p, k)))));
                body.Append('\n');
            }
            return body.ToString();
        }

        private static string CsvValue(Prediction p, string key) => key switch
        {
            InferenceResponseKeys.PredictedLabel => p.PredictedLabel,
            InferenceResponseKeys.Probability => Number(p.Probability!.Value),
            InferenceResponseKeys.Probabilities => "[" + string.Join(", ", p.Probabilities!.Select(Number)) + "]",
            _ => "[" + string.Join(", ", p.Labels!.Select(PythonString)) + "]",
        };

        private static string Json(IReadOnlyList<Prediction> predictions, IReadOnlyList<string>? keys)
        {
            var rows = new JsonArray();
            foreach (var p in predictions)
            {
                var row = new JsonObject();
                if (keys is null) row["score"] = Round(p.Value!.Value);
                else
                {
                    foreach (var key in keys)
                    {
                        row[key] = key switch
                        {
                            InferenceResponseKeys.PredictedLabel => JsonValue.Create(p.PredictedLabel),
                            InferenceResponseKeys.Probability => JsonValue.Create(Round(p.Probability!.Value)),
                            InferenceResponseKeys.Probabilities => new JsonArray(p.Probabilities!.Select(v => (JsonNode?)JsonValue.Create(Round(v))).ToArray()),
                            _ => new JsonArray(p.Labels!.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
                        };
                    }
                }
                rows.Add(row);
            }
            return new JsonObject { ["predictions"] = rows }.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
        }

        // Probabilities come from 32-bit model scores; eight decimals keep all they hold without float noise.
        private static double Round(double value) => Math.Round(value, 8);

        private static string Number(double value) => Round(value).ToString("R", CultureInfo.InvariantCulture);

        private static string PythonString(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
    }
}
