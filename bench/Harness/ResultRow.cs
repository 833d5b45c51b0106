using System;
using System.Globalization;

namespace AutopilotTools.Bench.Harness
{
    /// <summary>
    /// One line of the table: a figure and, beside it, the reference it is judged against, measured in the same run so
    /// the ratio stays fair on a noisy machine. A row may lack a reference (a count that explains another row).
    /// </summary>
    internal sealed record ResultRow(int Benchmark, string What, Figure Value, string? ReferenceName = null, Figure? Reference = null)
    {
        /// <summary>Value divided by reference, e.g. "3.10×"; empty without a reference or when it is zero.</summary>
        public string Ratio => Reference is Figure r && r.Value != 0 ? Format(Value.Value / r.Value) + "×" : string.Empty;

        // Two significant figures or so at any size: 23×, 4.58×, 0.42×, 0.005×.
        private static string Format(double ratio) =>
            ratio.ToString(Math.Abs(ratio) >= 10 ? "0.#" : Math.Abs(ratio) >= 0.1 || ratio == 0 ? "0.00" : "0.000", CultureInfo.InvariantCulture);
    }
}
