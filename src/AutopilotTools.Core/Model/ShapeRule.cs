using System;
using System.Collections.Generic;

namespace AutopilotTools.Model
{
    /// <summary>The kinds of value a service shape describes.</summary>
    public enum ShapeKind
    {
        String,
        Integer,
        Long,
        Float,
        Double,
        Boolean,
        Timestamp,
        Blob,
        List,
        Map,
        Structure,
    }

    /// <summary>
    /// What the service model says a shape's values may be. For strings, lists and maps <see cref="Min"/> and
    /// <see cref="Max"/> bound the length or count; for numbers they bound the value.
    /// </summary>
    public sealed class ShapeRule
    {
        public ShapeRule(string name, ShapeKind kind)
        {
            Name = name;
            Kind = kind;
        }

        public string Name { get; }

        public ShapeKind Kind { get; }

        public double? Min { get; set; }

        public double? Max { get; set; }

        /// <summary>The service's regular expression, as the model writes it (no anchors added).</summary>
        public string? Pattern { get; set; }

        /// <summary>The allowed values of an enumerated string, in the model's order; null when any string is allowed.</summary>
        public IReadOnlyList<string>? Enum { get; set; }

        /// <summary>The element shape of a list.</summary>
        public string? Member { get; set; }

        /// <summary>The key shape of a map.</summary>
        public string? Key { get; set; }

        /// <summary>The value shape of a map.</summary>
        public string? Value { get; set; }

        /// <summary>The model class of a structure.</summary>
        public Type? ClrType { get; set; }
    }
}
