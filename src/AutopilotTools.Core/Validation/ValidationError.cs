namespace AutopilotTools.Validation
{
    /// <summary>One broken rule: where (the full member path), what was given, which rule, and a sentence saying so.</summary>
    public sealed class ValidationError
    {
        public ValidationError(string path, object? value, ValidationRule rule, string message, string? suggestion = null)
        {
            Path = path;
            Value = value;
            Rule = rule;
            Message = message;
            Suggestion = suggestion;
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

        public override string ToString() => Message;
    }
}
