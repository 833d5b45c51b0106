using AutopilotTools.Model;

namespace AutopilotTools.Validation
{
    /// <summary>One broken rule: where (the full member path), what was given, which rule, and a sentence saying so.</summary>
    public sealed class ValidationError
    {
        public ValidationError(string path, object? value, ValidationRule rule, string message, string? suggestion = null, ShapeRule? shape = null, CollectionElement? element = null)
        {
            Path = path;
            Value = value;
            Rule = rule;
            Message = message;
            Suggestion = suggestion;
            Shape = shape;
            Element = element;
        }

        /// <summary>
        /// The full member path: <c>AutoMLProblemTypeConfig.TabularJobConfig.TargetAttributeName</c>,
        /// <c>AutoMLJobInputDataConfig[1].ChannelType</c>, map entries as <c>Environment['KEY']</c>; empty for the whole input.
        /// </summary>
        public string Path { get; }

        /// <summary>The offending value as given; null for a missing member.</summary>
        public object? Value { get; }

        public ValidationRule Rule { get; }

        /// <summary>One sentence naming the member path, the value and the rule.</summary>
        public string Message { get; }

        /// <summary>For <see cref="ValidationRule.UnknownMember"/>: the nearest valid member name.</summary>
        public string? Suggestion { get; }

        /// <summary>
        /// For the shape rules (<see cref="ValidationRule.Length"/>, Pattern, Enum, Range, Count): the shape whose rule
        /// the value breaks, so that other wordings (<see cref="AwsValidationMessages"/>) can state the constraint.
        /// </summary>
        public ShapeRule? Shape { get; }

        /// <summary>When the value is a list element, a map key or a map value: which, and the list or map holding it.</summary>
        public CollectionElement? Element { get; }

        public override string ToString() => Message;
    }
}
