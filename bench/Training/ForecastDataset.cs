using System;
using System.Globalization;
using System.IO;

namespace AutopilotTools.Bench.Training
{
    /// <summary>
    /// Generated daily demand with known structure: per item a level, a linear trend, a weekly pattern, a yearly
    /// wave and multiplicative normal noise (15%), plus a price covariate that moves demand. Columns:
    /// item_id, timestamp, demand, price. Seeded: every run writes the same file.
    /// </summary>
    internal static class ForecastDataset
    {
        private static readonly double[] Weekly = { 0.8, 0.9, 0.95, 1.0, 1.1, 1.4, 1.25 };

        public static string Write(string directory, int items, int days, int seed)
        {
            var random = new Random(seed);
            string path = Path.Combine(directory, "demand.csv");
            using var writer = new StreamWriter(path);
            writer.Write("item_id,timestamp,demand,price\n");
            var start = new DateTime(2023, 1, 1);
            for (int item = 0; item < items; item++)
            {
                double level = 20 + (random.NextDouble() * 200);
                double trend = (random.NextDouble() - 0.4) * 0.4 / 365;
                double yearly = random.NextDouble() * 0.3;
                double phase = random.NextDouble() * 2 * Math.PI;
                for (int day = 0; day < days; day++)
                {
                    DateTime date = start.AddDays(day);
                    double price = 10 + ((day / 45) % 3);
                    double mean = level * (1 + (trend * day)) * Weekly[(int)date.DayOfWeek] * (1 + (yearly * Math.Sin((2 * Math.PI * day / 365.25) + phase))) * (1.2 - ((price - 10) * 0.1));
                    double demand = Math.Max(0, mean * (1 + (0.15 * Normal(random))));
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"item-{item:000},{date:yyyy-MM-dd},{demand:0.##},{price}\n"));
                }
            }

            return path;
        }

        private static double Normal(Random random) =>
            Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
    }
}
