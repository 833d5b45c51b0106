using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Validation;

namespace AutopilotTools.Tests.Conformance.Corpus
{
    /// <summary>What a corpus run found: how many cases of each kind ran, and every verdict that differed from the model's.</summary>
    internal sealed class CorpusReport
    {
        public int Valid { get; set; }

        public Dictionary<ValidationRule, int> InvalidByRule { get; } = new Dictionary<ValidationRule, int>();

        public int Invalid => InvalidByRule.Values.Sum();

        /// <summary>Cases the typed model cannot express (a number its CLR type cannot hold); the mapper refuses those as WrongType.</summary>
        public List<string> Unrepresentable { get; } = new List<string>();

        /// <summary>Valid by the model's shapes, refused only by a documented cross-field rule (with the rule's message).</summary>
        public List<string> RefusedByCrossFieldRules { get; } = new List<string>();

        public List<string> Failures { get; } = new List<string>();

        public string Summary =>
            $"{Valid + Invalid} cases: {Valid} valid, {Invalid} invalid ({string.Join(", ", InvalidByRule.OrderBy(r => r.Key).Select(r => $"{r.Key} {r.Value}"))}); " +
            $"{RefusedByCrossFieldRules.Count} valid ones also refused by cross-field rules; {Unrepresentable.Count} not expressible in the typed model; {Failures.Count} failures.";
    }
}
