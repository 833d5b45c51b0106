using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Validation;

namespace AutopilotTools.Tests.Conformance.Corpus
{
    /// <summary>
    /// One verdict to check: in a valid baseline request, set the part the steps reach to a value (made for the
    /// CLR type found there; null leaves the member out) and expect it to be valid, or to be refused with an error
    /// of <see cref="Expected"/> at <see cref="Path"/>.
    /// </summary>
    internal sealed class CorpusCase
    {
        public CorpusCase(IReadOnlyList<Step> steps, string what, Func<Type, object?> value, ValidationRule? expected)
        {
            Steps = steps;
            What = what;
            Value = value;
            Expected = expected;
            Path = steps.Aggregate(string.Empty, (path, step) => step.Path(path));
        }

        public IReadOnlyList<Step> Steps { get; }

        /// <summary>What the value is, for failure messages: "length 33 (max 32 + 1)".</summary>
        public string What { get; }

        /// <summary>The value for the CLR type of the part; <see cref="Unrepresentable"/> when the type cannot hold it.</summary>
        public Func<Type, object?> Value { get; }

        /// <summary>The rule an invalid value breaks; null for a valid value.</summary>
        public ValidationRule? Expected { get; }

        public bool Valid => Expected == null;

        public string Path { get; }

        /// <summary>Returned by <see cref="Value"/> when the typed model cannot hold the value (a number beyond int).</summary>
        public static readonly object Unrepresentable = new object();

        public override string ToString() => $"{Path} {What} ({(Valid ? "valid" : "invalid: " + Expected)})";
    }
}
