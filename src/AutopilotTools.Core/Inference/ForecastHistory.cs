using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace AutopilotTools.Inference
{
    /// <summary>
    /// History rows for a forecasting endpoint, as Autopilot's forecasting models read them: CSV with a header, the
    /// training data's columns (item, timestamp, target, covariates) by name. The header is every name the rows have,
    /// in the order first seen; a row without a column sends it empty (a future row's target, a missing covariate).
    /// Rows are never reordered: a request holds whole items (an item's history is never split across requests), in
    /// the order the items first appear, and within it the rows keep their order. As JSON the same rows go as
    /// <c>{"instances": [{column: value, …}, …]}</c>.
    /// </summary>
    public sealed class ForecastHistory
    {
        private readonly List<IDictionary> _rows = new List<IDictionary>();
        private readonly List<string> _header = new List<string>();
        private readonly HashSet<string> _known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        public int Count => _rows.Count;

        public IReadOnlyList<string> Header => _header;

        /// <summary>Adds a row given by name (column → value).</summary>
        public void Add(IDictionary row)
        {
            foreach (object key in row.Keys)
            {
                string name = key?.ToString() ?? string.Empty;
                if (_known.Add(name))
                {
                    _header.Add(name);
                }
            }

            _rows.Add(row);
        }

        /// <summary>
        /// The request bodies: one, unless <paramref name="itemColumn"/> is known and the rows hold more than
        /// <paramref name="maxItems"/> items or more than <paramref name="maxBytes"/> bytes; then whole items per body.
        /// Each body lists the items it holds (empty when the item column is not known).
        /// </summary>
        /// <exception cref="ArgumentException">A row has no value for <paramref name="itemColumn"/>.</exception>
        public IReadOnlyList<(string Body, IReadOnlyList<string> Items)> Bodies(string? itemColumn, int maxItems, int maxBytes, bool json = false)
        {
            string headerLine = json ? string.Empty : CsvRow.Format(_header, null);
            List<string> lines = _rows.Select(row => json ? JsonLine(row) : Line(row)).ToList();
            Func<string, IEnumerable<string>, string> join = json ? (Func<string, IEnumerable<string>, string>)JoinJson : Join;
            if (itemColumn == null)
            {
                return new[] { (join(headerLine, lines), (IReadOnlyList<string>)Array.Empty<string>()) };
            }

            // Items in the order they first appear, each with its rows' indexes in order.
            var items = new List<(string Item, List<int> Rows, int Bytes)>();
            var byItem = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < _rows.Count; i++)
            {
                string item = ItemOf(_rows[i], itemColumn, i);
                if (!byItem.TryGetValue(item, out int at))
                {
                    at = items.Count;
                    byItem[item] = at;
                    items.Add((item, new List<int>(), 0));
                }

                items[at].Rows.Add(i);
                items[at] = (item, items[at].Rows, items[at].Bytes + Encoding.UTF8.GetByteCount(lines[i]) + 1);
            }

            var bodies = new List<(string, IReadOnlyList<string>)>();
            var batch = new List<(string Item, List<int> Rows, int Bytes)>();
            int bytes = 0;
            foreach (var item in items)
            {
                if (batch.Count > 0 && (batch.Count >= maxItems || bytes + item.Bytes > maxBytes))
                {
                    bodies.Add(Body(headerLine, lines, batch, join));
                    batch.Clear();
                    bytes = 0;
                }

                batch.Add(item);
                bytes += item.Bytes;
            }

            if (batch.Count > 0)
            {
                bodies.Add(Body(headerLine, lines, batch, join));
            }

            return bodies;
        }

        /// <summary>The distinct values of a column, in the order first seen (rows without it are passed over).</summary>
        public IReadOnlyList<string> Items(string itemColumn)
        {
            var items = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (IDictionary row in _rows)
            {
                foreach (DictionaryEntry entry in row)
                {
                    if (string.Equals(entry.Key?.ToString(), itemColumn, StringComparison.OrdinalIgnoreCase) && seen.Add(entry.Value?.ToString() ?? string.Empty))
                    {
                        items.Add(entry.Value?.ToString() ?? string.Empty);
                    }
                }
            }

            return items;
        }

        private static (string, IReadOnlyList<string>) Body(string headerLine, List<string> lines, List<(string Item, List<int> Rows, int Bytes)> batch, Func<string, IEnumerable<string>, string> join)
        {
            // The batch's rows in their original order, not item by item: the request reads as the input did.
            IEnumerable<string> rows = batch.SelectMany(item => item.Rows).OrderBy(i => i).Select(i => lines[i]);
            return (join(headerLine, rows), batch.Select(item => item.Item).ToList());
        }

        /// <summary>A row as a JSON object of the header's columns: numbers as numbers, the rest as text, missing ones left out.</summary>
        private string JsonLine(IDictionary row)
        {
            var byName = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            foreach (DictionaryEntry entry in row)
            {
                byName[entry.Key?.ToString() ?? string.Empty] = entry.Value;
            }

            using var stream = new System.IO.MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                foreach (string column in _header)
                {
                    if (!byName.TryGetValue(column, out object? value))
                    {
                        continue;
                    }

                    switch (value)
                    {
                        case null:
                            writer.WriteNull(column);
                            break;
                        case double or float or decimal or int or long or short or byte or uint or ulong:
                            writer.WriteNumber(column, Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
                            break;
                        case IFormattable formattable:
                            writer.WriteString(column, formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture));
                            break;
                        default:
                            writer.WriteString(column, value.ToString());
                            break;
                    }
                }

                writer.WriteEndObject();
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }

        private static string JoinJson(string headerLine, IEnumerable<string> objects) => "{\"instances\": [" + string.Join(", ", objects) + "]}";

        private string Line(IDictionary row)
        {
            var byName = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            foreach (DictionaryEntry entry in row)
            {
                byName[entry.Key?.ToString() ?? string.Empty] = entry.Value;
            }

            return CsvRow.Format(_header.Select(column => byName.TryGetValue(column, out object? value) ? value : null).ToList(), null);
        }

        private static string ItemOf(IDictionary row, string itemColumn, int index)
        {
            foreach (DictionaryEntry entry in row)
            {
                if (string.Equals(entry.Key?.ToString(), itemColumn, StringComparison.OrdinalIgnoreCase))
                {
                    return entry.Value?.ToString() ?? string.Empty;
                }
            }

            throw new ArgumentException($"Row {index + 1} has no '{itemColumn}' (the item identifier column).");
        }

        private static string Join(string headerLine, IEnumerable<string> lines) => headerLine + "\n" + string.Join("\n", lines) + "\n";
    }
}
