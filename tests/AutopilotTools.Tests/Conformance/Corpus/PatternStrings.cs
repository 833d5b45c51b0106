using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AutopilotTools.Tests.Conformance.Corpus
{
    /// <summary>
    /// Strings for one model pattern, from the corpus's own reading of it: strings of a chosen length that match,
    /// and a one-character change that makes a matching string stop matching.
    /// </summary>
    internal sealed class PatternStrings
    {
        /// <summary>Characters tried, in order, to break a matching string; '\r' tests Java's reading of the dot.</summary>
        private const string Breakers = "!#~ \u00e9\u00a0\r\n";

        private readonly string pattern;
        private readonly RegexNode root;
        private readonly int cap;

        public PatternStrings(string pattern, int cap)
        {
            this.pattern = pattern;
            this.cap = cap;
            root = RegexSubsetParser.Parse(pattern);
        }

        public bool CanMake(int length) => root.Lengths(cap).Contains(length);

        /// <summary>The length nearest <paramref name="target"/> within [low, high] that the pattern can make; null if none.</summary>
        public int? Nearest(int target, int low, int high)
        {
            for (int distance = 0; distance <= cap; distance++)
            {
                foreach (int length in new[] { target - distance, target + distance })
                {
                    if (length >= low && length <= high && CanMake(length))
                    {
                        return length;
                    }
                }
            }

            return null;
        }

        /// <summary>A matching string of exactly <paramref name="length"/> characters; different seeds give (usually) different strings.</summary>
        public string Make(int length, int seed)
        {
            if (!CanMake(length))
            {
                throw new InvalidOperationException($"The pattern {pattern} makes no string of {length} characters.");
            }

            var text = new StringBuilder(length);
            root.Emit(text, length, new Random(seed), cap);
            string made = text.ToString();
            if (made.Length != length || !Matches(made))
            {
                throw new InvalidOperationException($"The corpus made '{made}' for the pattern {pattern}, which its own reading does not match: the generator is wrong.");
            }

            return made;
        }

        public bool Matches(string text) => root.Ends(text, new HashSet<int> { 0 }).Contains(text.Length);

        /// <summary>A string of the same length as <paramref name="matching"/> that does not match, or null when no single change breaks it.</summary>
        public string? Break(string matching)
        {
            foreach (char breaker in Breakers)
            {
                for (int i = 0; i < matching.Length; i++)
                {
                    string changed = matching.Substring(0, i) + breaker + matching.Substring(i + 1);
                    if (!Matches(changed))
                    {
                        return changed;
                    }
                }
            }

            return null;
        }
    }
}
