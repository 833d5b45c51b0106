using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AutopilotTools.Tests.LocalAutoML.Forecasting
{
    /// <summary>
    /// Daily demand with a known shape: per item a level, a slow trend, a weekly pattern and normal noise, a price
    /// covariate, and a store as grouping attribute. Columns: sku, store, date, demand, price.
    /// </summary>
    public static class DemandData
    {
        public const string Header = "sku,store,date,demand,price";

        public static readonly DateTime Start = new DateTime(2024, 1, 1);

        private static readonly double[] Weekly = { 1.0, 0.9, 0.95, 1.0, 1.2, 1.5, 1.3 };

        /// <summary>The rows (sku, store, date, demand, price) of <paramref name="items"/> items over <paramref name="days"/> days.</summary>
        public static List<string[]> Rows(int items, int days, int seed, double noise = 0.1)
        {
            var random = new Random(seed);
            var rows = new List<string[]>();
            for (int item = 0; item < items; item++)
            {
                double level = 20 + (random.NextDouble() * 80);
                double trend = (random.NextDouble() - 0.3) * 0.05;
                for (int day = 0; day < days; day++)
                {
                    DateTime date = Start.AddDays(day);
                    double price = 10 + ((day / 30) % 3);
                    double mean = level * (1 + (trend * day / 30)) * Weekly[(int)date.DayOfWeek] * (1.3 - (price - 10) * 0.1);
                    double demand = Math.Max(0, mean * (1 + (noise * Normal(random))));
                    rows.Add(new[]
                    {
                        "sku-" + item.ToString("000", CultureInfo.InvariantCulture), "store-" + (item % 2).ToString(CultureInfo.InvariantCulture),
                        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), demand.ToString("0.##", CultureInfo.InvariantCulture),
                        price.ToString(CultureInfo.InvariantCulture),
                    });
                }
            }

            return rows;
        }

        public static string Csv(IEnumerable<string[]> rows) =>
            new StringBuilder(Header).Append('\n').AppendJoin("", rows.Select(r => string.Join(",", r) + "\n")).ToString();

        private static double Normal(Random random) =>
            Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
    }
}
