using System.Collections.Generic;
using System.Text;

namespace AutopilotTools.Bench.Harness
{
    /// <summary>Renders the rows as one Markdown table, so a run's output pastes into RESULTS.md unchanged.</summary>
    internal static class ResultTable
    {
        public static string Render(IEnumerable<ResultRow> rows)
        {
            var text = new StringBuilder();
            text.AppendLine("| # | figure | value | reference | reference value | ratio |");
            text.AppendLine("|---|---|--:|---|--:|--:|");
            foreach (ResultRow row in rows)
            {
                text.Append("| ").Append(row.Benchmark)
                    .Append(" | ").Append(Escape(row.What))
                    .Append(" | ").Append(row.Value)
                    .Append(" | ").Append(Escape(row.ReferenceName ?? string.Empty))
                    .Append(" | ").Append(row.Reference?.ToString() ?? string.Empty)
                    .Append(" | ").Append(row.Ratio)
                    .AppendLine(" |");
            }

            return text.ToString();
        }

        private static string Escape(string cell) => cell.Replace("|", "\\|");
    }
}
