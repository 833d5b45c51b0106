using System.Collections.Generic;
using System.Collections.Specialized;
using System.Text;

namespace AutopilotTools.Inference
{
    /// <summary>
    /// CSV text with a header row read into rows by name, as Import-Csv reads it: each record an ordered dictionary of
    /// header → field, in the file's order. Quoted fields may hold commas, quotes and line breaks; empty lines are
    /// skipped.
    /// </summary>
    public static class CsvTable
    {
        public static List<OrderedDictionary> Read(string text)
        {
            List<string> records = Records(text);
            var rows = new List<OrderedDictionary>();
            if (records.Count == 0)
            {
                return rows;
            }

            List<string> header = CsvRow.Split(records[0].TrimStart('\uFEFF'));
            for (int r = 1; r < records.Count; r++)
            {
                List<string> fields = CsvRow.Split(records[r]);
                var row = new OrderedDictionary();
                for (int i = 0; i < header.Count; i++)
                {
                    row[header[i]] = i < fields.Count ? fields[i] : string.Empty;
                }

                rows.Add(row);
            }

            return rows;
        }

        /// <summary>The text's records: lines, except that a line break inside quotes belongs to its field.</summary>
        private static List<string> Records(string text)
        {
            var records = new List<string>();
            var record = new StringBuilder();
            bool quoted = false;
            foreach (char c in text)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                }

                if (!quoted && (c == '\n' || c == '\r'))
                {
                    if (record.Length > 0)
                    {
                        records.Add(record.ToString());
                        record.Clear();
                    }

                    continue;
                }

                record.Append(c);
            }

            if (record.Length > 0)
            {
                records.Add(record.ToString());
            }

            return records;
        }
    }
}
