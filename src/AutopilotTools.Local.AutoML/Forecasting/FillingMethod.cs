using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AutopilotTools.Local.AutoML.Forecasting
{
    /// <summary>
    /// How one kind of gap of one column is filled (<c>Transformations.Filling</c>): <c>none</c> (left missing),
    /// <c>zero</c>, <c>value</c> (the <c>*_value</c> entry), or a statistic of the item's observed values
    /// (<c>median</c>, <c>mean</c>, <c>min</c>, <c>max</c>).
    /// </summary>
    internal sealed record FillingMethod(string Method, double Value)
    {
        public static readonly FillingMethod None = new FillingMethod("none", double.NaN);

        public static readonly FillingMethod Zero = new FillingMethod("zero", 0);

        public static readonly IReadOnlyList<string> Methods = new[] { "none", "zero", "value", "median", "mean", "min", "max" };

        /// <summary>The method a column's filling map gives for a kind of gap, or <paramref name="fallback"/>.</summary>
        public static FillingMethod From(IReadOnlyDictionary<string, string>? map, string kind, FillingMethod fallback)
        {
            if (map == null || !map.TryGetValue(kind, out string? method))
            {
                return fallback;
            }

            double value = double.NaN;
            if (method == "value")
            {
                string? text = map.TryGetValue(kind + "_value", out string? given) ? given : null;
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                {
                    throw new AutoMLValidationException($"Transformations.Filling {kind}_value '{text}' is not a number.");
                }
            }
            else if (!Methods.Contains(method))
            {
                throw new AutoMLValidationException($"Transformations.Filling {kind} '{method}' is not a filling method; use one of {string.Join(", ", Methods)}.");
            }

            return new FillingMethod(method, value);
        }

        /// <summary>The value a gap gets, from the item's observed (non-missing) values; NaN for none.</summary>
        public double Resolve(IReadOnlyList<double> observed)
        {
            var known = observed.Where(v => !double.IsNaN(v)).ToList();
            switch (Method)
            {
                case "zero": return 0;
                case "value": return Value;
                case "none": return double.NaN;
            }

            if (known.Count == 0)
            {
                return double.NaN;
            }

            return Method switch
            {
                "mean" => known.Average(),
                "min" => known.Min(),
                "max" => known.Max(),
                _ => Median(known),
            };
        }

        private static double Median(List<double> values)
        {
            values.Sort();
            int middle = values.Count / 2;
            return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        }

        public override string ToString() => Method == "value" ? "value " + Value.ToString(CultureInfo.InvariantCulture) : Method;
    }

    /// <summary>A column's filling: what fills gaps in the middle of its history, after it ends, and (covariates) in the forecast horizon.</summary>
    internal sealed record ColumnFilling(FillingMethod Middle, FillingMethod Back, FillingMethod Future)
    {
        /// <summary>
        /// Autopilot's defaults (as Amazon Forecast's): missing values in the middle and at the back are zero, and
        /// future covariate values the data does not give stay missing.
        /// </summary>
        public static readonly ColumnFilling Default = new ColumnFilling(FillingMethod.Zero, FillingMethod.Zero, FillingMethod.None);

        public static ColumnFilling From(IReadOnlyDictionary<string, string>? map) => new ColumnFilling(
            FillingMethod.From(map, "middlefill", Default.Middle),
            FillingMethod.From(map, "backfill", Default.Back),
            FillingMethod.From(map, "futurefill", Default.Future));
    }
}
