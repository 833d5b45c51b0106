using System;
using System.Collections;
using System.Collections.Specialized;
using System.Linq;
using System.Management.Automation;

namespace AutopilotTools.Infrastructure
{
    /// <summary>
    /// Shorter forms PowerShell users reach for, expanded to the API's shape before mapping: -Tags @{ team = 'ml' }
    /// (a name-to-value table) for [{Key, Value}], -AutoMLJobObjective F1 for @{ MetricName = 'F1' }, and switches
    /// for the booleans they stand for.
    /// Anything else passes through untouched.
    /// </summary>
    internal static class MemberConveniences
    {
        public static object? Expand(string member, object? value)
        {
            object? plain = PSObjects.UnwrapData(value);
            if (plain is SwitchParameter flag)
            {
                return flag.IsPresent;
            }

            if (string.Equals(member, "Tags", StringComparison.OrdinalIgnoreCase) && plain is IDictionary table && !IsOneTag(table))
            {
                return table.Cast<DictionaryEntry>().Select(entry => new OrderedDictionary { ["Key"] = entry.Key, ["Value"] = entry.Value }).ToArray();
            }

            if (string.Equals(member, "AutoMLJobObjective", StringComparison.OrdinalIgnoreCase) && plain is string metric)
            {
                return new OrderedDictionary { ["MetricName"] = metric };
            }

            return value;
        }

        /// <summary>@{ Key = 'team'; Value = 'ml' } is one tag in the API's own shape, not a tag named Key.</summary>
        private static bool IsOneTag(IDictionary table) =>
            table.Count == 2 && table.Keys.Cast<object>().All(k => string.Equals(k?.ToString(), "Key", StringComparison.OrdinalIgnoreCase) || string.Equals(k?.ToString(), "Value", StringComparison.OrdinalIgnoreCase));
    }
}
