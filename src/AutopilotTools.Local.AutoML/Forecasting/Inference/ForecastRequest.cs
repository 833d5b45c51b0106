using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using AutopilotTools.Local.AutoML.Forecasting.Data;

namespace AutopilotTools.Local.AutoML.Forecasting.Inference
{
    /// <summary>
    /// An endpoint request's history rows, in the training schema: <c>text/csv</c> with a header row, or
    /// <c>application/json</c> as <c>{"instances": [{column: value, …}, …]}</c> or a bare array of such objects.
    /// </summary>
    internal static class ForecastRequest
    {
        /// <exception cref="FormatException">The body is not such rows; the message says why.</exception>
        public static ForecastCsv Read(ReadOnlyMemory<byte> body, string contentType)
        {
            string text = Encoding.UTF8.GetString(body.Span);
            try
            {
                return contentType == "application/json" ? Json(text) : ForecastCsv.Parse(text);
            }
            catch (AutoMLDataException error)
            {
                throw new FormatException(error.Message, error);
            }
        }

        private static ForecastCsv Json(string text)
        {
            JsonElement root;
            try
            {
                using JsonDocument document = JsonDocument.Parse(text);
                root = document.RootElement.Clone();
            }
            catch (JsonException error)
            {
                throw new FormatException("The request is not JSON: " + error.Message, error);
            }

            JsonElement instances = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("instances", out JsonElement listed) ? listed : root;
            if (instances.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("A JSON request is {\"instances\": [{column: value, …}, …]} or an array of such rows, in the training data's columns.");
            }

            var header = new List<string>();
            var objects = new List<JsonElement>();
            foreach (JsonElement instance in instances.EnumerateArray())
            {
                if (instance.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatException($"Instance {objects.Count + 1} is {instance.ValueKind}; each instance is an object of column names and values.");
                }

                foreach (JsonProperty property in instance.EnumerateObject().Where(p => !header.Contains(p.Name)))
                {
                    header.Add(property.Name);
                }

                objects.Add(instance);
            }

            var rows = objects.Select((o, i) => (header.Select(column => Cell(o, column)).ToArray(), i + 1)).ToList();
            return ForecastCsv.FromRows(header, rows);
        }

        private static string Cell(JsonElement row, string column) =>
            !row.TryGetProperty(column, out JsonElement value) ? "" : value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!,
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Null => "",
                _ => throw new FormatException($"'{column}' is {value.ValueKind}; values are strings, numbers or null."),
            };
    }
}
