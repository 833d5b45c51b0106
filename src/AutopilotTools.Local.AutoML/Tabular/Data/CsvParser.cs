using System.Collections.Generic;
using System.IO;
using System.Text;

namespace AutopilotTools.Local.AutoML.Tabular.Data
{
    /// <summary>One CSV record and the line it starts on (for error messages).</summary>
    internal readonly record struct CsvRecord(string[] Fields, int LineNumber);

    /// <summary>
    /// RFC 4180 records: fields separated by commas, optionally quoted; a quoted field may hold commas, line breaks and
    /// doubled quotes. CR, LF and CRLF all end a record. Empty lines are skipped (pandas does the same), so a trailing
    /// newline never adds a row.
    /// </summary>
    internal static class CsvParser
    {
        public static IEnumerable<CsvRecord> Read(TextReader reader)
        {
            var fields = new List<string>();
            var field = new StringBuilder();
            int line = 1, recordLine = 1;
            bool inQuotes = false, fieldWasQuoted = false, recordHasContent = false;
            int c;
            while ((c = reader.Read()) != -1)
            {
                char ch = (char)c;
                if (inQuotes)
                {
                    if (ch == '"')
                    {
                        if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                        else inQuotes = false;
                    }
                    else
                    {
                        if (ch == '\n') line++;
                        field.Append(ch);
                    }
                    continue;
                }
                switch (ch)
                {
                    case '"' when field.Length == 0 && !fieldWasQuoted:
                        inQuotes = true;
                        fieldWasQuoted = true;
                        recordHasContent = true;
                        break;
                    case ',':
                        fields.Add(field.ToString());
                        field.Clear();
                        fieldWasQuoted = false;
                        recordHasContent = true;
                        break;
                    case '\r':
                    case '\n':
                        if (ch == '\r' && reader.Peek() == '\n') reader.Read();
                        if (recordHasContent || field.Length > 0)
                        {
                            fields.Add(field.ToString());
                            yield return new CsvRecord(fields.ToArray(), recordLine);
                        }
                        fields.Clear();
                        field.Clear();
                        fieldWasQuoted = recordHasContent = false;
                        line++;
                        recordLine = line;
                        break;
                    default:
                        // Text after a closing quote ("ab"c) is kept as it is rather than refused: lenient like pandas.
                        field.Append(ch);
                        recordHasContent = true;
                        break;
                }
            }
            if (inQuotes)
                throw new InvalidDataException($"a quoted field that starts on line {recordLine} is never closed");
            if (recordHasContent || field.Length > 0)
            {
                fields.Add(field.ToString());
                yield return new CsvRecord(fields.ToArray(), recordLine);
            }
        }

        /// <summary>Quotes a field for writing when it holds a comma, a quote or a line break.</summary>
        public static string Escape(string value)
        {
            if (value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0) return value;
            return "\"" + value.Replace("\"", "\"\"") + "\"";
        }
    }
}
