using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AutopilotTools.Tests.Local
{
    /// <summary>
    /// Generated churn rows with a known signal (older customers on the basic plan with many support calls leave),
    /// small enough to train in seconds, noisy enough that no model is perfect; and prices for regression.
    /// </summary>
    internal static class ChurnData
    {
        public const string Header = "age,plan,monthly_minutes,support_calls,churn";
        public const string RegressionHeader = "size,rooms,district,price";

        private static readonly string[] Plans = { "basic", "plus", "pro" };

        /// <summary>Rows with the target last: age, plan, monthly_minutes, support_calls, churn (yes/no).</summary>
        public static List<string[]> Rows(int count, int seed)
        {
            var random = new Random(seed);
            var rows = new List<string[]>();
            for (int i = 0; i < count; i++)
            {
                int age = 18 + random.Next(60);
                string plan = Plans[random.Next(3)];
                double minutes = Math.Round(50 + (random.NextDouble() * 950), 1);
                int calls = random.Next(8);
                double logit = (0.08 * (age - 45)) + (plan == "basic" ? 1.5 : plan == "pro" ? -1.5 : 0) + (0.6 * (calls - 3.5)) - (0.002 * (minutes - 500));
                bool churn = random.NextDouble() < 1 / (1 + Math.Exp(-logit));
                rows.Add(new[] { N(age), plan, N(minutes), N(calls), churn ? "yes" : "no" });
            }

            return rows;
        }

        /// <summary>price = 2·size + 15·rooms + district effect + noise.</summary>
        public static List<string[]> PriceRows(int count, int seed)
        {
            var random = new Random(seed);
            var districts = new[] { "north", "south", "centre" };
            var rows = new List<string[]>();
            for (int i = 0; i < count; i++)
            {
                double size = Math.Round(30 + (random.NextDouble() * 120), 1);
                int rooms = 1 + random.Next(5);
                int district = random.Next(3);
                double price = (2 * size) + (15 * rooms) + (district * 40) + ((random.NextDouble() - 0.5) * 10);
                rows.Add(new[] { N(size), N(rooms), districts[district], N(Math.Round(price, 2)) });
            }

            return rows;
        }

        public static string Csv(string header, IEnumerable<string[]> rows) =>
            new StringBuilder(header).Append('\n').Append(string.Concat(rows.Select(r => string.Join(",", r) + "\n"))).ToString();

        /// <summary>The feature values of rows as inference lines: no header, no target.</summary>
        public static string Features(IEnumerable<string[]> rows) => string.Concat(rows.Select(r => string.Join(",", r.Take(r.Length - 1)) + "\n"));

        /// <summary>The share of the most common label: what always guessing it scores.</summary>
        public static double MajorityRate(IReadOnlyList<string[]> rows) =>
            rows.GroupBy(r => r[^1]).Max(g => g.Count()) / (double)rows.Count;

        private static string N(double value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
