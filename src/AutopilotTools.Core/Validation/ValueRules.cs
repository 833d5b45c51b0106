using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using AutopilotTools.Model;

namespace AutopilotTools.Validation
{
    /// <summary>
    /// Checks one value against the rule of its shape and says, in words, which rule it breaks. The service matches a
    /// pattern against the whole value, so patterns are anchored here; enum values are case-sensitive on the wire.
    /// This is the one place that knows what a shape rule means for a single value.
    /// </summary>
    public static class ValueRules
    {
        private static readonly ConcurrentDictionary<string, Regex> Patterns = new ConcurrentDictionary<string, Regex>();

        private static readonly IReadOnlyList<RuleViolation> None = new RuleViolation[0];

        /// <summary>Returns the first broken rule, or null when the value satisfies the shape.</summary>
        public static string? Check(ShapeRule rule, object value)
        {
            IReadOnlyList<RuleViolation> broken = Violations(rule, value);
            return broken.Count == 0 ? null : broken[0].Text;
        }

        /// <summary>
        /// Every rule of the shape the value breaks, in a fixed order (enum; else length, then pattern). A value of
        /// an enumerated shape is only checked against the list: its length and pattern say nothing more.
        /// </summary>
        public static IReadOnlyList<RuleViolation> Violations(ShapeRule rule, object value)
        {
            switch (rule.Kind)
            {
                case ShapeKind.String:
                    return StringViolations(rule, (string)value);
                case ShapeKind.Integer:
                case ShapeKind.Long:
                case ShapeKind.Float:
                case ShapeKind.Double:
                    return One(ValidationRule.Range, CheckRange(Convert.ToDouble(value, CultureInfo.InvariantCulture), rule.Min, rule.Max, null));
                case ShapeKind.List:
                case ShapeKind.Map:
                    return One(ValidationRule.Count, CheckRange(((ICollection)value).Count, rule.Min, rule.Max, "entries"));
                default:
                    return None;
            }
        }

        /// <summary>Whether <paramref name="value"/> matches the model's (Java) pattern as the service applies it (whole value).</summary>
        public static bool MatchesPattern(string pattern, string value) =>
            Patterns.GetOrAdd(pattern, p => new Regex(@"\A(?:" + ServicePattern.ToDotNet(p) + @")\z", RegexOptions.CultureInvariant)).IsMatch(value);

        private static IReadOnlyList<RuleViolation> StringViolations(ShapeRule rule, string value)
        {
            if (rule.Enum != null)
            {
                return rule.Enum.Contains(value, StringComparer.Ordinal) ? None : One(ValidationRule.Enum, "must be one of: " + string.Join(", ", rule.Enum));
            }

            var broken = new List<RuleViolation>(2);
            string? length = CheckRange(value.Length, rule.Min, rule.Max, "characters long");
            if (length != null)
            {
                broken.Add(new RuleViolation(ValidationRule.Length, length));
            }

            if (rule.Pattern != null && !MatchesPattern(rule.Pattern, value))
            {
                broken.Add(new RuleViolation(ValidationRule.Pattern, "must match the pattern " + rule.Pattern));
            }

            return broken;
        }

        private static IReadOnlyList<RuleViolation> One(ValidationRule kind, string? text) => text == null ? None : new[] { new RuleViolation(kind, text) };

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
