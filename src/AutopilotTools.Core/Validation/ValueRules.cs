using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using AutopilotTools.Model;

namespace AutopilotTools.Validation
{
    /// <summary>
    /// Checks one value against the rule of its shape and says, in words, which rule it breaks. The service matches a
    /// pattern against the whole value, so patterns are anchored here; enum values are case-sensitive on the wire.
    /// </summary>
    public static class ValueRules
    {
        private static readonly ConcurrentDictionary<string, Regex> Patterns = new ConcurrentDictionary<string, Regex>();

        /// <summary>Returns the broken rule, or null when the value satisfies the shape.</summary>
        public static string? Check(ShapeRule rule, object value)
        {
            switch (rule.Kind)
            {
                case ShapeKind.String:
                    return CheckString(rule, (string)value);
                case ShapeKind.Integer:
                case ShapeKind.Long:
                case ShapeKind.Float:
                case ShapeKind.Double:
                    return CheckNumber(rule, Convert.ToDouble(value, CultureInfo.InvariantCulture));
                case ShapeKind.List:
                case ShapeKind.Map:
                    return CheckCount(rule, ((ICollection)value).Count);
                default:
                    return null;
            }
        }

        /// <summary>Whether <paramref name="value"/> matches the model's pattern as the service applies it (whole value).</summary>
        public static bool MatchesPattern(string pattern, string value) =>
            Patterns.GetOrAdd(pattern, p => new Regex(@"\A(?:" + p + @")\z", RegexOptions.CultureInvariant)).IsMatch(value);

        private static string? CheckString(ShapeRule rule, string value)
        {
            if (rule.Enum != null && !rule.Enum.Contains(value, StringComparer.Ordinal))
            {
                return "must be one of: " + string.Join(", ", rule.Enum);
            }

            string? length = CheckRange(value.Length, rule.Min, rule.Max, "characters long");
            if (length != null)
            {
                return length;
            }

            return rule.Pattern != null && !MatchesPattern(rule.Pattern, value) ? "must match the pattern " + rule.Pattern : null;
        }

        private static string? CheckNumber(ShapeRule rule, double value) => CheckRange(value, rule.Min, rule.Max, null);

        private static string? CheckCount(ShapeRule rule, int count) => CheckRange(count, rule.Min, rule.Max, "entries");

        private static string? CheckRange(double value, double? min, double? max, string? unit)
        {
            string suffix = unit == null ? string.Empty : " " + unit;
            if (min.HasValue && max.HasValue && (value < min || value > max))
            {
                return FormattableString.Invariant($"must be between {min} and {max}{suffix}");
            }

            if (min.HasValue && value < min)
            {
                return FormattableString.Invariant($"must be at least {min}{suffix}");
            }

            return max.HasValue && value > max ? FormattableString.Invariant($"must be at most {max}{suffix}") : null;
        }
    }
}
