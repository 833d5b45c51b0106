using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace AutopilotTools.Tests.LocalAutoML
{
    /// <summary>
    /// Small generated datasets with a known signal and the awkward parts of real CSV files: a row id, a constant
    /// column, numbers with blanks, categories, a high-cardinality column, free text with commas in quotes.
    /// </summary>
    internal static class SyntheticData
    {
        private static readonly string[] Plans = { "basic", "plus", "pro" };
        private static readonly string[] Words = { "fast", "slow", "support", "price", "great", "awful", "billing", "app", "crash", "love" };

        public const string BinaryHeader = "customer_id,age,income,plan,city,feedback,region,churn";

        /// <summary>
        /// Churn (yes/no) drawn from a logistic model of plan, age and income (so no model can be perfect; the Bayes
        /// accuracy is about 0.85). <c>age</c> is missing in 10% of rows; <c>customer_id</c> is a
        /// running number; <c>region</c> is constant; <c>city</c> has ~120 values; <c>feedback</c> is text.
        /// </summary>
        public static List<string[]> BinaryRows(int rows, int seed)
        {
            var random = new Random(seed);
            var result = new List<string[]>();
            for (int i = 0; i < rows; i++)
            {
                double age = 20 + random.Next(50);
                double income = 20000 + random.NextDouble() * 80000;
                var plan = Plans[random.Next(3)];
                double logit = 0.12 * (age - 45) + (plan == "pro" ? -2.5 : plan == "basic" ? 2.0 : 0) - 0.00004 * (income - 60000);
                bool churn = random.NextDouble() < 1 / (1 + Math.Exp(-logit));
                result.Add(new[]
                {
                    (1000 + i).ToString(CultureInfo.InvariantCulture),
                    random.NextDouble() < 0.1 ? "" : age.ToString(CultureInfo.InvariantCulture),
                    income.ToString("0.00", CultureInfo.InvariantCulture),
                    plan,
                    "city" + random.Next(120).ToString(CultureInfo.InvariantCulture),
                    Sentence(random, churn),
                    "emea",
                    churn ? "yes" : "no",
                });
            }
            return result;
        }

        public const string MulticlassHeader = "petal,sepal,colour,size,species";

        /// <summary>Three species separated by two numbers and a colour, with some overlap.</summary>
        public static List<string[]> MulticlassRows(int rows, int seed)
        {
            var random = new Random(seed);
            var species = new[] { "setosa", "versicolor", "virginica" };
            var colours = new[] { "blue", "purple", "white" };
            var result = new List<string[]>();
            for (int i = 0; i < rows; i++)
            {
                int k = random.Next(3);
                result.Add(new[]
                {
                    (1.5 + 2.0 * k + Gaussian(random) * 0.6).ToString("0.###", CultureInfo.InvariantCulture),
                    (5.0 - 1.0 * k + Gaussian(random) * 0.6).ToString("0.###", CultureInfo.InvariantCulture),
                    random.NextDouble() < 0.7 ? colours[k] : colours[random.Next(3)],
                    random.NextDouble() < 0.05 ? "" : (random.Next(10)).ToString(CultureInfo.InvariantCulture),
                    species[k],
                });
            }
            return result;
        }

        public const string RegressionHeader = "x1,x2,grade,noise,price";

        /// <summary>price = 3·x1 − 2·x2 + 6·[grade = B] + 12·[grade = C] + noise; <c>noise</c> is an unrelated column.</summary>
        public static List<string[]> RegressionRows(int rows, int seed)
        {
            var random = new Random(seed);
            var grades = new[] { "A", "B", "C" };
            var result = new List<string[]>();
            for (int i = 0; i < rows; i++)
            {
                double x1 = random.NextDouble() * 10, x2 = random.NextDouble() * 10;
                int g = random.Next(3);
                double price = 3 * x1 - 2 * x2 + 6 * g + Gaussian(random);
                result.Add(new[]
                {
                    x1.ToString("0.####", CultureInfo.InvariantCulture),
                    random.NextDouble() < 0.05 ? "NA" : x2.ToString("0.####", CultureInfo.InvariantCulture),
                    grades[g],
                    random.NextDouble().ToString("0.####", CultureInfo.InvariantCulture),
                    price.ToString("0.####", CultureInfo.InvariantCulture),
                });
            }
            return result;
        }

        public static string Write(string directory, string name, string header, IEnumerable<string[]> rows)
        {
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, name);
            var text = new StringBuilder(header).Append('\n');
            foreach (var row in rows) text.Append(string.Join(",", row.Select(Quote))).Append('\n');
            File.WriteAllText(path, text.ToString());
            return path;
        }

        public static string Quote(string field) =>
            field.IndexOfAny(new[] { ',', '"', '\n' }) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;

        private static string Sentence(Random random, bool unhappy)
        {
            var words = Enumerable.Range(0, 4 + random.Next(4)).Select(_ => Words[random.Next(Words.Length)]).ToList();
            if (random.NextDouble() < (unhappy ? 0.5 : 0.1)) words.Insert(random.Next(words.Count), "cancel, please");
            return "The " + string.Join(" ", words) + ".";
        }

        private static double Gaussian(Random random) =>
            Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
    }
}
