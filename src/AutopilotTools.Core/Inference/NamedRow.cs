using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;

namespace AutopilotTools.Inference
{
    /// <summary>
    /// A row given by name (a dictionary of column to value) put in a model's column order. Names compare ignoring
    /// case, as PowerShell's own do. What the row lacks is reported, what it has beyond the columns is left out.
    /// </summary>
    public sealed class NamedRow
    {
        private NamedRow(OrderedDictionary values, IReadOnlyList<string> missing, IReadOnlyList<string> unused)
        {
            Values = values;
            Missing = missing;
            Unused = unused;
        }

        /// <summary>The row's values in column order, keyed by the column names.</summary>
        public OrderedDictionary Values { get; }

        /// <summary>Columns the row has no value for.</summary>
        public IReadOnlyList<string> Missing { get; }

        /// <summary>Names of the row that are not columns (an id, the target, …): not sent.</summary>
        public IReadOnlyList<string> Unused { get; }

        public static NamedRow InOrder(IDictionary row, IReadOnlyList<string> columns)
        {
            var byName = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            foreach (DictionaryEntry entry in row)
            {
                byName[entry.Key?.ToString() ?? string.Empty] = entry.Value;
            }

            var values = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
            var missing = new List<string>();
            foreach (string column in columns)
            {
                if (byName.TryGetValue(column, out object? value))
                {
                    values[column] = value;
                }
                else
                {
                    missing.Add(column);
                }
            }

            var known = new HashSet<string>(columns, StringComparer.OrdinalIgnoreCase);
            return new NamedRow(values, missing, byName.Keys.Where(name => !known.Contains(name)).ToList());
        }
    }
}
