using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using AutopilotTools.Local.AutoML.Responses;
using AutopilotTools.Local.AutoML.Tabular.Data;

namespace AutopilotTools.Local.Pretrained.TextClassification
{
    /// <summary>
    /// The texts of an InvokeEndpoint request. <c>text/csv</c>: one text per line, no header; a line's commas are part
    /// of its text, and a text in double quotes may hold line breaks and doubled quotes, as CSV quotes them.
    /// <c>application/json</c>: <c>{"instances": [{"&lt;content column&gt;": "…"}, …]}</c>, <c>{"instances": ["…", …]}</c>
    /// or a bare list of strings.
    /// </summary>
    internal static class TextRequest
    {
        /// <exception cref="FormatException">The body is not one of those shapes.</exception>
        public static IReadOnlyList<string> Read(ReadOnlyMemory<byte> body, string contentType, string contentColumn)
        {
            string text = Encoding.UTF8.GetString(body.Span);
            return contentType == InferenceResponseFormatter.ApplicationJson ? FromJson(text, contentColumn) : FromCsv(text);
        }

        private static IReadOnlyList<string> FromCsv(string body)
        {
            using var reader = new StringReader(body);
            return CsvParser.Read(reader)
                .Select(record => string.Join(",", record.Fields))
                .Where(line => line.Trim().Length > 0)
                .ToList();
        }

        private static IReadOnlyList<string> FromJson(string body, string contentColumn)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(body);
            }
            catch (JsonException error)
            {
                throw new FormatException("The request body is not JSON: " + error.Message);
            }

            using (document)
            {
                JsonElement root = document.RootElement;
                JsonElement list = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("instances", out JsonElement instances) ? instances : root;
                if (list.ValueKind != JsonValueKind.Array)
                {
                    throw new FormatException($"A JSON request is {{\"instances\": [{{\"{contentColumn}\": \"text\"}}, …]}} or a list of strings.");
                }

                return list.EnumerateArray().Select(item => item.ValueKind switch
                {
                    JsonValueKind.String => item.GetString()!,
                    JsonValueKind.Object when item.TryGetProperty(contentColumn, out JsonElement value) && value.ValueKind == JsonValueKind.String => value.GetString()!,
                    _ => throw new FormatException($"Each instance is a string or an object with the text in \"{contentColumn}\"."),
                }).ToList();
            }
        }
    }
}
