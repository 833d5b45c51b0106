using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using AutopilotTools.Local.AutoML.Tabular.Data;

namespace AutopilotTools.Local.AutoML.Tabular.Inference
{
    /// <summary>
    /// Turns an inference request body into rows keyed by column name. CSV: one row per line, no header, values in
    /// training column order without the target (the sample-weight column may be left out too). JSON: an object of
    /// column values, an array of such objects or of positional arrays, or <c>{"instances": [...]}</c> whose items are
    /// objects, arrays or <c>{"features": [...]}</c>.
    /// </summary>
    internal sealed class InferenceInput
    {
        private readonly IReadOnlyList<string> _columns;
        private readonly IReadOnlyList<string> _columnsWithoutWeight;
        private readonly HashSet<string> _ignored;

        public InferenceInput(IReadOnlyList<string> inputColumns, string target, string? weight)
        {
            _columns = inputColumns;
            _columnsWithoutWeight = weight is null ? inputColumns : inputColumns.Where(c => c != weight).ToList();
            _ignored = new HashSet<string>(StringComparer.Ordinal) { target };
            if (weight != null) _ignored.Add(weight);
        }

        public List<Dictionary<string, string?>> FromCsv(string body)
        {
            var rows = new List<Dictionary<string, string?>>();
            try
            {
                foreach (var record in CsvParser.Read(new StringReader(body)))
                    rows.Add(Positional(record.Fields, $"row {rows.Count + 1} (line {record.LineNumber})"));
            }
            catch (InvalidDataException e)
            {
                throw new FormatException("The CSV body is malformed: " + e.Message + ".", e);
            }
            return rows;
        }

        public List<Dictionary<string, string?>> FromJson(string body)
        {
            JsonDocument document;
            try { document = JsonDocument.Parse(body); }
            catch (JsonException e) { throw new FormatException("The JSON body is malformed: " + e.Message, e); }
            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("instances", out var instances))
                {
                    if (instances.ValueKind != JsonValueKind.Array) throw new FormatException("\"instances\" must be an array.");
                    return instances.EnumerateArray().Select((item, i) => Instance(item, $"instance {i + 1}")).ToList();
                }
                if (root.ValueKind == JsonValueKind.Array)
                {
                    // An array of scalars is one positional row; an array of objects or arrays is several rows.
                    if (root.EnumerateArray().All(e => e.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)))
                        return new List<Dictionary<string, string?>> { Instance(root, "row 1") };
                    return root.EnumerateArray().Select((item, i) => Instance(item, $"row {i + 1}")).ToList();
                }
                if (root.ValueKind == JsonValueKind.Object) return new List<Dictionary<string, string?>> { Instance(root, "the object") };
                throw new FormatException("The JSON body must be an object, an array, or {\"instances\": [...]}.");
            }
        }

        private Dictionary<string, string?> Instance(JsonElement item, string where)
        {
            switch (item.ValueKind)
            {
                case JsonValueKind.Array:
                    return Positional(item.EnumerateArray().Select(Scalar).ToArray(), where);
                case JsonValueKind.Object when item.TryGetProperty("features", out var features) && features.ValueKind == JsonValueKind.Array:
                    return Positional(features.EnumerateArray().Select(Scalar).ToArray(), where);
                case JsonValueKind.Object:
                    var row = new Dictionary<string, string?>(StringComparer.Ordinal);
                    foreach (var property in item.EnumerateObject())
                    {
                        if (_ignored.Contains(property.Name)) continue;
                        if (!_columns.Contains(property.Name))
                            throw new FormatException($"{Capitalize(where)} has the key '{property.Name}', which is not a column of the model; its columns are: {string.Join(", ", _columnsWithoutWeight)}.");
                        row[property.Name] = Scalar(property.Value);
                    }
                    return row;
                default:
                    throw new FormatException($"{Capitalize(where)} must be an object of column values or an array of values.");
            }
        }

        private Dictionary<string, string?> Positional(IReadOnlyList<string?> values, string where)
        {
            IReadOnlyList<string> columns = values.Count == _columns.Count ? _columns
                : values.Count == _columnsWithoutWeight.Count ? _columnsWithoutWeight
                : throw new FormatException($"{Capitalize(where)} has {values.Count} values; the model takes {_columnsWithoutWeight.Count} ({string.Join(", ", _columnsWithoutWeight)}), in training order without the target.");
            var row = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (int i = 0; i < columns.Count; i++) row[columns[i]] = values[i];
            return row;
        }

        private static string? Scalar(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => throw new FormatException($"A value must be a string, a number, a boolean or null, not {value.ValueKind.ToString().ToLowerInvariant()}."),
        };

        private static string Capitalize(string s) => char.ToUpperInvariant(s[0]) + s.Substring(1);
    }
}
