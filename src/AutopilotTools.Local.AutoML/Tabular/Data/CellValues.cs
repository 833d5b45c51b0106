using System;
using System.Globalization;

namespace AutopilotTools.Local.AutoML.Tabular.Data
{
    /// <summary>
    /// How a raw CSV cell is read, the same way in training and in prediction: which cells count as missing, and how a
    /// number is parsed (invariant culture, so "1.5" means one and a half on every machine).
    /// </summary>
    internal static class CellValues
    {
        // The spellings of "no value" that pandas' read_csv treats as missing by default (a subset: the common ones).
        private static readonly string[] MissingTokens = { "", "NA", "N/A", "NaN", "nan", "null", "NULL", "None", "#N/A", "?" };

        public static bool IsMissing(string? cell)
        {
            if (cell is null) return true;
            var trimmed = cell.Trim();
            foreach (var token in MissingTokens)
                if (string.Equals(trimmed, token, StringComparison.Ordinal)) return true;
            return false;
        }

        public static bool TryParseNumber(string? cell, out double value)
        {
            value = double.NaN;
            if (cell is null) return false;
            return double.TryParse(cell.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
                && !double.IsNaN(value) && !double.IsInfinity(value);
        }

        /// <summary>A numeric feature cell as ML.NET takes it: NaN when missing or not a number (then imputed).</summary>
        public static float ToFeature(string? cell) =>
            !IsMissing(cell) && TryParseNumber(cell, out var v) ? (float)v : float.NaN;

        /// <summary>A text feature cell: empty when missing, so encoders see one "missing" value.</summary>
        public static string ToText(string? cell) => IsMissing(cell) ? "" : cell!;

        public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
