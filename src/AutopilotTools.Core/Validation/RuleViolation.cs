namespace AutopilotTools.Validation
{
    /// <summary>A shape rule one value breaks: its kind, and the words that complete "X ... ", e.g. "must be at most 32 characters long".</summary>
    public readonly struct RuleViolation
    {
        public RuleViolation(ValidationRule rule, string text)
        {
            Rule = rule;
            Text = text;
        }

        public ValidationRule Rule { get; }

        public string Text { get; }

        public override string ToString() => Text;
    }
}
