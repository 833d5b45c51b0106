using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Tabular.Data;

namespace AutopilotTools.Local.Pretrained.TextClassification
{
    /// <summary>
    /// A text classification channel: CSV files with a header row (the content and label columns by name, any others
    /// ignored), read with the tabular engine's CSV reader. Rows without a label are skipped.
    /// </summary>
    internal static class TextData
    {
        /// <exception cref="AutoMLDataException">A file lacks a header, or the header lacks the content or label column.</exception>
        public static List<(string Text, string Label)> Read(IReadOnlyList<string> paths, string contentColumn, string labelColumn)
        {
            var rows = new List<(string, string)>();
            foreach (string path in paths)
            {
                using var reader = new StreamReader(path);
                int content = -1, label = -1;
                foreach (CsvRecord record in CsvParser.Read(reader))
                {
                    if (content < 0)
                    {
                        content = Column(record.Fields, contentColumn, "ContentColumn");
                        label = Column(record.Fields, labelColumn, "TargetLabelColumn");
                        continue;
                    }

                    string? value = label < record.Fields.Length ? record.Fields[label]?.Trim() : null;
                    if (string.IsNullOrEmpty(value))
                    {
                        continue;
                    }

                    rows.Add((content < record.Fields.Length ? record.Fields[content] ?? "" : "", value));
                }
            }

            return rows;
        }

        private static int Column(string[] header, string name, string member)
        {
            int index = Array.FindIndex(header, h => string.Equals(h?.Trim(), name, StringComparison.Ordinal));
            if (index < 0)
            {
                throw new AutoMLDataException($"ClientError: The {member} '{name}' is not a column of the data; its header is {string.Join(", ", header.Select(h => h.Trim()))}.");
            }

            return index;
        }
    }
}
