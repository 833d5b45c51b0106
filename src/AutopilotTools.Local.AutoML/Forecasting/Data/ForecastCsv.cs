using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AutopilotTools.Local.AutoML.Tabular.Data;

namespace AutopilotTools.Local.AutoML.Forecasting.Data
{
    /// <summary>CSV with a header row (<c>text/csv;header=present</c>): a channel's files, each with the same header, or one request body.</summary>
    internal sealed class ForecastCsv
    {
        private ForecastCsv(IReadOnlyList<string> header, List<(string[] Fields, int Line)> rows)
        {
            Header = header;
            Rows = rows;
        }

        public IReadOnlyList<string> Header { get; }

        public List<(string[] Fields, int Line)> Rows { get; }

        /// <exception cref="AutoMLDataException">A file is empty, malformed, or has another header than the first.</exception>
        public static ForecastCsv Load(IReadOnlyList<string> paths)
        {
            string[]? header = null;
            var rows = new List<(string[], int)>();
            foreach (string path in paths)
            {
                using var reader = new StreamReader(Open(path));
                string[]? fileHeader = Read(reader, rows, path);
                if (fileHeader == null)
                {
                    continue;
                }

                if (header != null && !header.SequenceEqual(fileHeader, StringComparer.Ordinal))
                {
                    throw new AutoMLDataException($"The training files do not share one header: ({string.Join(", ", fileHeader)}) after ({string.Join(", ", header)}).");
                }

                header ??= fileHeader;
            }

            return header == null || rows.Count == 0
                ? throw new AutoMLDataException("The training data has no rows: forecasting reads CSV files with a header row.")
                : new ForecastCsv(header, rows);
        }

        /// <summary>
        /// The file's text; a gzip file (by its magic bytes) is read through gzip, so a <c>.csv.gz</c> uploaded
        /// without the channel's <c>CompressionType</c> reads as well.
        /// </summary>
        private static Stream Open(string path)
        {
            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            int first = file.ReadByte(), second = file.ReadByte();
            file.Position = 0;
            return first == 0x1f && second == 0x8b ? new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress) : file;
        }

        /// <exception cref="AutoMLDataException">The text is malformed or has no header.</exception>
        public static ForecastCsv Parse(string text)
        {
            var rows = new List<(string[], int)>();
            string[] header = Read(new StringReader(text), rows, "request") ?? throw new AutoMLDataException("The CSV has no header row.");
            return new ForecastCsv(header, rows);
        }

        public static ForecastCsv FromRows(IReadOnlyList<string> header, List<(string[] Fields, int Line)> rows) => new ForecastCsv(header, rows);

        private static string[]? Read(TextReader reader, List<(string[], int)> rows, string source)
        {
            string[]? header = null;
            try
            {
                foreach (CsvRecord record in CsvParser.Read(reader))
                {
                    if (header == null)
                    {
                        header = record.Fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToArray();
                        continue;
                    }

                    rows.Add((record.Fields, record.LineNumber));
                }
            }
            catch (InvalidDataException error)
            {
                throw new AutoMLDataException($"The CSV {source} cannot be read: {error.Message}.");
            }

            return header;
        }
    }
}
