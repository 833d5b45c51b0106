namespace AutopilotTools.Validation
{
    /// <summary>The kind of rule a value breaks.</summary>
    public enum ValidationRule
    {
        /// <summary>A member the structure must carry is missing (or a list element or map value is null).</summary>
        Required,

        /// <summary>A string is shorter or longer than its shape allows.</summary>
        Length,

        /// <summary>A string does not match its shape's pattern (matched against the whole value).</summary>
        Pattern,

        /// <summary>A string is not one of its shape's values (case-sensitive, as on the wire).</summary>
        Enum,

        /// <summary>A number is outside its shape's bounds.</summary>
        Range,

        /// <summary>A list or map has fewer or more entries than its shape allows.</summary>
        Count,

        /// <summary>A union has no member set, or more than one.</summary>
        Union,

        /// <summary>A member name the structure does not have.</summary>
        UnknownMember,

        /// <summary>A value of a kind the member cannot hold (a string for a structure, a list for a number...).</summary>
        WrongType,

        /// <summary>A rule the documentation states over several members (or tighter than the model), which the shapes cannot express.</summary>
        CrossField,
    }
}
