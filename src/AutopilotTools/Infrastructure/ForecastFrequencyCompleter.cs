using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using AutopilotTools.Catalog;

namespace AutopilotTools.Infrastructure
{
    /// <summary>
    /// Completes -ForecastFrequency with the common frequencies and what they mean (D — daily, …). The units are
    /// case-sensitive on the wire (M is a month, min a minute), so a prefix of the right case comes first.
    /// </summary>
    public sealed class ForecastFrequencyCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            IEnumerable<KeyValuePair<string, string>> exact = ForecastFrequencies.Common.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal));
            IEnumerable<KeyValuePair<string, string>> loose = ForecastFrequencies.Common.Where(f => f.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
            return exact.Concat(loose).Distinct()
                .Select(f => new CompletionResult(f.Key, $"{f.Key} ({f.Value})", CompletionResultType.ParameterValue, $"{f.Key}: {f.Value}"));
        }
    }
}
