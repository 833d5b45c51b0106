using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AutopilotTools.Inference
{
    /// <summary>
    /// One inference row as a CSV line without header, as Autopilot endpoints take it: a dictionary's values in the
    /// given column order (or its own order), a list's items in order, or a string taken as an already written line.
    /// Fields with commas, quotes or line breaks are quoted.
    /// </summary>
    public static class CsvRow
    {
        public static string Format(object row, IReadOnlyList<string>? columns)
        {
            switch (row)
            {
                case string line:
                    return line.TrimEnd('\r', '\n');
                case IDictionary values:
                    IEnumerable<object?> ordered = columns == null
                        ? values.Values.Cast<object?>()
                        : columns.Select(c => Lookup(values, c));
                    return Join(ordered);
                case IEnumerable items:
                    return Join(items.Cast<object?>());
                default:
                    return Field(row);
            }
        }

        /// <summary>Splits a CSV line into fields, honouring quotes.</summary>
        public static List<string> Split(string line)
        {
            var fields = new List<string>();
            var field = new StringBuilder();
            bool quoted = false;
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            fields.Add(field.ToString());
            return fields;
        }

        private static object? Lookup(IDictionary values, string column)
        {
            foreach (DictionaryEntry entry in values)
            {
                if (string.Equals(entry.Key?.ToString(), column, StringComparison.OrdinalIgnoreCase))
                {
                    return entry.Value;
                }
            }

            throw new ArgumentException($"The row has no value for column '{column}'.");
        }

        private static string Join(IEnumerable<object?> values) => string.Join(",", values.Select(Field));

        private static string Field(object? value)
        {
            string text = value switch
            {
                null => string.Empty,
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString() ?? string.Empty,
            };
            return text.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
        }
    }
}
