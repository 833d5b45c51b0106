using System;
using System.Collections.Generic;
using System.Globalization;

namespace AutopilotTools.Local.AutoML.Tabular.Algorithms
{
    /// <summary>
    /// The ranges a random search draws an algorithm's hyperparameters from. Hyperparameters travel as strings
    /// (invariant culture), as SageMaker's do, so candidates, sidecars and reports all show the same text.
    /// </summary>
    internal sealed class HyperparameterSpace
    {
        private readonly List<(string Name, Func<Random, string> Draw)> _parameters = new();

        public HyperparameterSpace Int(string name, int min, int max, bool logScale = false)
        {
            _parameters.Add((name, r => ((int)Math.Round(Draw(r, min, max, logScale))).ToString(CultureInfo.InvariantCulture)));
            return this;
        }

        public HyperparameterSpace Float(string name, double min, double max, bool logScale = false)
        {
            _parameters.Add((name, r => Math.Round(Draw(r, min, max, logScale), 6, MidpointRounding.AwayFromZero).ToString("R", CultureInfo.InvariantCulture)));
            return this;
        }

        public HyperparameterSpace Choice(string name, params string[] values)
        {
            _parameters.Add((name, r => values[r.Next(values.Length)]));
            return this;
        }

        public SortedDictionary<string, string> Sample(Random random)
        {
            var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, draw) in _parameters) values[name] = draw(random);
            return values;
        }

        private static double Draw(Random r, double min, double max, bool logScale) =>
            logScale ? Math.Exp(Math.Log(min) + r.NextDouble() * (Math.Log(max) - Math.Log(min))) : min + r.NextDouble() * (max - min);
    }

    /// <summary>Reads hyperparameter strings back into option values.</summary>
    internal static class Hyperparameters
    {
        public static SortedDictionary<string, string> Of(params (string Name, object Value)[] values)
        {
            var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, value) in values) result[name] = Convert.ToString(value, CultureInfo.InvariantCulture)!;
            return result;
        }

        public static int Int(IReadOnlyDictionary<string, string> values, string name) =>
            int.Parse(values[name], NumberStyles.Integer, CultureInfo.InvariantCulture);

        public static double Double(IReadOnlyDictionary<string, string> values, string name) =>
            double.Parse(values[name], NumberStyles.Float, CultureInfo.InvariantCulture);

        public static float? OptionalFloat(IReadOnlyDictionary<string, string> values, string name) =>
            values.ContainsKey(name) ? (float)Double(values, name) : null;

        public static int? OptionalInt(IReadOnlyDictionary<string, string> values, string name) =>
            values.ContainsKey(name) ? Int(values, name) : null;

        public static string Text(IReadOnlyDictionary<string, string> values, string name, string fallback) =>
            values.TryGetValue(name, out var v) ? v : fallback;
    }
}
