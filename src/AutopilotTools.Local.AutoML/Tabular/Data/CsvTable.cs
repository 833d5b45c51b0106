using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace AutopilotTools.Local.AutoML.Tabular.Data
{
    /// <summary>
    /// The rows of one channel (training or validation): one header shared by all its files, every row as raw strings
    /// in header order. Malformed input fails here with the file and line in the message.
    /// </summary>
    internal sealed class CsvTable
    {
        private CsvTable(IReadOnlyList<string> columns, List<string?[]> rows, long bytes)
        {
            Columns = columns;
            Rows = rows;
            Bytes = bytes;
        }

        public IReadOnlyList<string> Columns { get; }

        public List<string?[]> Rows { get; }

        /// <summary>The total size of the files, which decides what AUTO mode resolves to.</summary>
        public long Bytes { get; }

        public int IndexOf(string column)
        {
            for (int i = 0; i < Columns.Count; i++)
                if (string.Equals(Columns[i], column, StringComparison.Ordinal)) return i;
            return -1;
        }

        public static CsvTable Load(IReadOnlyList<string> paths, string channel)
        {
            IReadOnlyList<string>? header = null;
            string? headerFile = null;
            var rows = new List<string?[]>();
            long bytes = 0;
            foreach (var path in paths)
            {
                var (fileHeader, fileRows, size) = LoadFile(path, channel);
                bytes += size;
                if (header is null)
                {
                    header = fileHeader;
                    headerFile = path;
                }
                else if (!header.SequenceEqual(fileHeader, StringComparer.Ordinal))
                {
                    throw new AutoMLDataException(
                        $"The {channel} file '{path}' has the header ({string.Join(", ", fileHeader)}) but '{headerFile}' has ({string.Join(", ", header)}); every file of a channel must have the same columns in the same order.");
                }
                rows.AddRange(fileRows);
            }
            if (header is null)
                throw new AutoMLDataException($"No {channel} file was given.");
            if (rows.Count == 0)
                throw new AutoMLDataException($"The {channel} data has a header but no rows ({string.Join(", ", paths.Select(p => "'" + p + "'"))}).");
            return new CsvTable(header, rows, bytes);
        }

        private static (string[] Header, List<string?[]> Rows, long Bytes) LoadFile(string path, string channel)
        {
            FileInfo info;
            try
            {
                info = new FileInfo(path);
                if (!info.Exists)
                    throw new AutoMLDataException($"The {channel} file '{path}' does not exist.");
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or UnauthorizedAccessException)
            {
                throw new AutoMLDataException($"The {channel} file '{path}' cannot be read: {e.Message}", e);
            }
            if (info.Length == 0)
                throw new AutoMLDataException($"The {channel} file '{path}' is empty; a header row and at least one data row are needed.");
            try
            {
                using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                string[]? header = null;
                var rows = new List<string?[]>();
                foreach (var record in CsvParser.Read(reader))
                {
                    if (header is null)
                    {
                        header = CheckHeader(record, path, channel);
                        continue;
                    }
                    if (record.Fields.Length != header.Length)
                    {
                        throw new AutoMLDataException(
                            $"The {channel} file '{path}' has {record.Fields.Length} fields on line {record.LineNumber} but {header.Length} columns in its header.");
                    }
                    rows.Add(record.Fields);
                }
                if (header is null)
                    throw new AutoMLDataException($"The {channel} file '{path}' is empty; a header row and at least one data row are needed.");
                return (header, rows, info.Length);
            }
            catch (AutoMLDataException) { throw; }
            catch (InvalidDataException e)
            {
                throw new AutoMLDataException($"The {channel} file '{path}' is not valid CSV: {e.Message}.", e);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                throw new AutoMLDataException($"The {channel} file '{path}' cannot be read: {e.Message}", e);
            }
        }

        private static string[] CheckHeader(CsvRecord record, string path, string channel)
        {
            var header = record.Fields.Select(f => f.Trim()).ToArray();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++)
            {
                if (header[i].Length == 0)
                    throw new AutoMLDataException($"The {channel} file '{path}' has an empty column name at position {i + 1} of its header; every column needs a name.");
                if (!seen.Add(header[i]))
                    throw new AutoMLDataException($"The {channel} file '{path}' names the column '{header[i]}' twice in its header.");
            }
            return header;
        }
    }
}
