using System;
using System.Collections;
using System.Globalization;

namespace AutopilotTools.Validation
{
    /// <summary>A value as error messages show it: strings quoted (long ones shortened), numbers invariant, collections by size.</summary>
    internal static class ValueText
    {
        private const int LongestShown = 64;

        public static string Describe(object? value)
        {
            switch (value)
            {
                case null:
                    return "(none)";
                case string text:
                    return text.Length <= LongestShown
                        ? "'" + text + "'"
                        : FormattableString.Invariant($"'{text.Substring(0, LongestShown)}...' ({text.Length} characters)");
                case bool flag:
                    return flag ? "true" : "false";
                case IFormattable formattable:
                    return formattable.ToString(null, CultureInfo.InvariantCulture);
                case ICollection collection:
                    return FormattableString.Invariant($"({collection.Count} {(collection.Count == 1 ? "entry" : "entries")})");
                default:
                    return "(" + value.GetType().Name + ")";
            }
        }
    }
}
