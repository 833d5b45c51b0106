using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using AutopilotTools.Model;
using AutopilotTools.Validation;

namespace AutopilotTools.Inference
{
    /// <summary>
    /// Reads a forecasting endpoint's answer: text/csv with a header <c>&lt;item id&gt;,&lt;timestamp&gt;[,&lt;grouping
    /// columns&gt;],p10,p50,p90</c>, or application/json <c>{"predictions": [{"&lt;item id&gt;": …, "&lt;timestamp&gt;":
    /// …, "p10": …}, …]}</c>. Quantile columns are those named as <c>ForecastQuantile</c>s are (the service model's
    /// pattern); of the others the first is the item, the second the timestamp, the rest grouping columns. Every line
    /// or object becomes one <see cref="Forecast"/>, in the answer's order.
    /// </summary>
    public static class ForecastReader
    {
        private static readonly string QuantilePattern = ServiceShapes.All["ForecastQuantile"].Pattern!;

        /// <summary>Whether a column is a quantile's (p1 … p99).</summary>
        public static bool IsQuantile(string column) => ValueRules.MatchesPattern(QuantilePattern, column);

        /// <exception cref="FormatException">The answer is not a forecast: no header, or fewer than an item and a timestamp column.</exception>
        public static List<Forecast> Read(string body, string? contentType) =>
            contentType != null && contentType.IndexOf("json", StringComparison.OrdinalIgnoreCase) >= 0 ? ReadJson(body) : ReadCsv(body);

        private static List<Forecast> ReadCsv(string body)
        {
            List<string> lines = body.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList();
            if (lines.Count == 0)
            {
                return new List<Forecast>();
            }

            Columns columns = Columns.Of(CsvRow.Split(lines[0]));
            return lines.Skip(1).Select(line => columns.Read(CsvRow.Split(line), line)).ToList();
        }

        private static List<Forecast> ReadJson(string body)
        {
            using JsonDocument document = JsonDocument.Parse(body);
            JsonElement root = document.RootElement;
            JsonElement predictions = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("predictions", out JsonElement p) ? p : root;
            if (predictions.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("The answer is not a forecast: it has no list of predictions.");
            }

            var result = new List<Forecast>();
            foreach (JsonElement item in predictions.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatException($"The answer is not a forecast: {item.GetRawText()} is not an object of columns.");
                }

                List<JsonProperty> properties = item.EnumerateObject().ToList();
                Columns columns = Columns.Of(properties.Select(property => property.Name).ToList());
                result.Add(columns.Read(properties.Select(property => Text(property.Value)).ToList(), item.GetRawText()));
            }

            return result;
        }

        private static string Text(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Null => string.Empty,
            _ => value.GetRawText(),
        };

        /// <summary>Which column is which, read from a header (or an object's member names).</summary>
        private sealed class Columns
        {
            private readonly IReadOnlyList<string> _names;
            private readonly int _item;
            private readonly int _timestamp;
            private readonly IReadOnlyList<int> _grouping;
            private readonly IReadOnlyList<int> _quantiles;
            private readonly IReadOnlyList<string> _quantileNames;

            private Columns(IReadOnlyList<string> names)
            {
                _names = names;
                List<int> others = Enumerable.Range(0, names.Count).Where(i => !IsQuantile(names[i])).ToList();
                if (others.Count < 2)
                {
                    throw new FormatException($"The answer is not a forecast: its columns ({string.Join(", ", names)}) lack an item and a timestamp column.");
                }

                _item = others[0];
                _timestamp = others[1];
                _grouping = others.Skip(2).ToList();
                _quantiles = Enumerable.Range(0, names.Count).Where(i => IsQuantile(names[i])).ToList();
                _quantileNames = _quantiles.Select(i => names[i]).ToList();
            }

            public static Columns Of(IReadOnlyList<string> names) => new Columns(names);

            public Forecast Read(IReadOnlyList<string> values, string raw)
            {
                string At(int i) => i < values.Count ? values[i] : string.Empty;
                var quantiles = new Dictionary<string, double?>(StringComparer.Ordinal);
                foreach (int i in _quantiles)
                {
                    quantiles[_names[i]] = double.TryParse(At(i).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double number) ? number : (double?)null;
                }

                return new Forecast
                {
                    ItemId = At(_item),
                    Timestamp = At(_timestamp),
                    QuantileNames = _quantileNames,
                    Quantiles = quantiles,
                    Grouping = _grouping.ToDictionary(i => _names[i], At, StringComparer.Ordinal),
                    ItemIdentifierAttributeName = _names[_item],
                    TimestampAttributeName = _names[_timestamp],
                    Raw = raw,
                };
            }
        }
    }
}
