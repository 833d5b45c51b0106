using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AutopilotTools.Inference
{
    /// <summary>
    /// History rows for a forecasting endpoint, as Autopilot's forecasting models read them: CSV with a header, the
    /// training data's columns (item, timestamp, target, covariates) by name. The header is every name the rows have,
    /// in the order first seen; a row without a column sends it empty (a future row's target, a missing covariate).
    /// Rows are never reordered: a request holds whole items (an item's history is never split across requests), in
    /// the order the items first appear, and within it the rows keep their order.
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
        public IReadOnlyList<(string Body, IReadOnlyList<string> Items)> Bodies(string? itemColumn, int maxItems, int maxBytes)
        {
            string headerLine = CsvRow.Format(_header, null);
            List<string> lines = _rows.Select(Line).ToList();
            if (itemColumn == null)
            {
                return new[] { (Join(headerLine, lines), (IReadOnlyList<string>)Array.Empty<string>()) };
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
                    bodies.Add(Body(headerLine, lines, batch));
                    batch.Clear();
                    bytes = 0;
                }

                batch.Add(item);
                bytes += item.Bytes;
            }

            if (batch.Count > 0)
            {
                bodies.Add(Body(headerLine, lines, batch));
            }

            return bodies;
        }

        private static (string, IReadOnlyList<string>) Body(string headerLine, List<string> lines, List<(string Item, List<int> Rows, int Bytes)> batch)
        {
            // The batch's rows in their original order, not item by item: the request reads as the input did.
            IEnumerable<string> rows = batch.SelectMany(item => item.Rows).OrderBy(i => i).Select(i => lines[i]);
            return (Join(headerLine, rows), batch.Select(item => item.Item).ToList());
        }

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
