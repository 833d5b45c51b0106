using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace AutopilotTools.Local.AutoML.Tabular.Data
{
    /// <summary>
    /// Infers each column's kind from its values. The rules, in order:
    /// <list type="number">
    /// <item>No value, or one value in every row → <see cref="ColumnKind.Constant"/> (dropped). One value plus missing
    /// cells is kept: "present or not" can be the signal.</item>
    /// <item>At least 95% of the non-missing cells parse as numbers → <see cref="ColumnKind.Numeric"/> (the rest count as
    /// missing), unless it is an identifier: whole numbers, all distinct, none missing, and either named like an id
    /// (<c>id</c>, <c>…_id</c>, <c>…Id</c>) or a run of consecutive numbers (a row counter).</item>
    /// <item>Strings averaging at least 25 characters and 3 words → <see cref="ColumnKind.Text"/>.</item>
    /// <item>Strings without spaces, distinct in every row (at least 20 rows) → <see cref="ColumnKind.Identifier"/> (dropped).</item>
    /// <item>Up to 50 distinct strings → <see cref="ColumnKind.Categorical"/>; more → <see cref="ColumnKind.HashedCategorical"/>.</item>
    /// </list>
    /// </summary>
    internal static class ColumnProfiler
    {
        public const double NumericShare = 0.95;
        public const int MaxOneHotCategories = 50;
        public const int HashBits = 10;
        public const int HashBuckets = 1 << HashBits;
        public const double TextMinMeanLength = 25;
        public const double TextMinMeanWords = 3;
        public const int IdentifierMinRows = 20;

        private static readonly Regex IdName = new Regex(@"(^id$)|(_id$)|([a-z0-9]Id$)|(^ID$)|(_ID$)", RegexOptions.CultureInvariant);

        public static ColumnProfile Profile(string name, IReadOnlyList<string?> cells)
        {
            int rows = cells.Count;
            var present = new List<string>(rows);
            foreach (var cell in cells)
                if (!CellValues.IsMissing(cell)) present.Add(cell!);
            int missing = rows - present.Count;
            var counts = present.GroupBy(v => v, StringComparer.Ordinal).Select(g => new KeyValuePair<string, int>(g.Key, g.Count()))
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
            int distinct = counts.Count;
            var top = counts.Take(10).ToList();

            ColumnProfile Make(ColumnKind kind, string reason, double[]? numbers = null) => new ColumnProfile
            {
                Name = name, Kind = kind, Reason = reason, Rows = rows, Missing = missing, Distinct = distinct, TopValues = top,
                Min = numbers is { Length: > 0 } ? numbers.Min() : null,
                Max = numbers is { Length: > 0 } ? numbers.Max() : null,
                Mean = numbers is { Length: > 0 } ? numbers.Average() : null,
                StdDev = numbers is { Length: > 1 } ? StdDev(numbers) : null,
            };

            if (distinct == 0) return Make(ColumnKind.Constant, "every value is missing");
            if (distinct == 1 && missing == 0) return Make(ColumnKind.Constant, $"every row holds '{counts[0].Key}'");

            var numbers = new List<double>(present.Count);
            foreach (var v in present)
                if (CellValues.TryParseNumber(v, out var d)) numbers.Add(d);
            if (numbers.Count >= NumericShare * present.Count)
            {
                var array = numbers.ToArray();
                if (LooksLikeNumericIdentifier(name, array, missing))
                    return Make(ColumnKind.Identifier, "whole numbers, distinct in every row, named like an id or counting up one by one", array);
                var reason = numbers.Count == present.Count
                    ? "every value is a number"
                    : $"{numbers.Count} of {present.Count} values are numbers; the others are treated as missing";
                return Make(ColumnKind.Numeric, reason, array);
            }

            double meanLength = present.Average(v => v.Length);
            double meanWords = present.Average(v => v.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
            if (meanLength >= TextMinMeanLength && meanWords >= TextMinMeanWords)
                return Make(ColumnKind.Text, $"free text: {meanLength:0} characters and {meanWords:0.#} words on average");
            if (distinct == present.Count && present.Count >= IdentifierMinRows && !present.Any(v => v.Any(char.IsWhiteSpace)))
                return Make(ColumnKind.Identifier, "a different value in every row");
            if (distinct <= MaxOneHotCategories)
                return Make(ColumnKind.Categorical, $"{distinct} distinct values");
            return Make(ColumnKind.HashedCategorical, $"{distinct} distinct values (more than {MaxOneHotCategories})");
        }

        private static bool LooksLikeNumericIdentifier(string name, double[] numbers, int missing)
        {
            if (missing > 0 || numbers.Length < IdentifierMinRows) return false;
            if (numbers.Any(v => Math.Abs(v - Math.Round(v)) > 0)) return false;
            if (numbers.Distinct().Count() != numbers.Length) return false;
            if (IdName.IsMatch(name)) return true;
            return numbers.Max() - numbers.Min() + 1 == numbers.Length;
        }

        private static double StdDev(double[] values)
        {
            double mean = values.Average();
            return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
        }
    }
}
