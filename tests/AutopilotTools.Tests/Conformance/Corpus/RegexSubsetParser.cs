using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace AutopilotTools.Tests.Conformance.Corpus
{
    /// <summary>
    /// Reads the part of Java's regular-expression syntax the service model's patterns use: literals, escaped
    /// punctuation, \d \w \s, \p{L} \p{N} \p{Z}, classes with ranges and negation, the dot, groups (capturing or
    /// (?:...)), alternation, the quantifiers * + ? {n} {n,} {n,m}, and ^ $. Anything else — lookaround,
    /// backreferences, lazy or possessive quantifiers, other escapes — throws NotSupportedException naming the
    /// pattern, so a new kind of pattern in the model fails the corpus loudly instead of being skipped.
    /// </summary>
    internal sealed class RegexSubsetParser
    {
        /// <summary>The characters generated strings are made of: printable ASCII and a few non-ASCII letters, digits and spaces.</summary>
        public static readonly IReadOnlyList<char> Alphabet =
            Enumerable.Range(0x20, 0x7F - 0x20).Select(c => (char)c).Concat("\u00e9\u03a9\u00a0\u0663").ToList();

        private static readonly char[] LineTerminators = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

        private readonly string pattern;
        private int position;

        private RegexSubsetParser(string pattern) => this.pattern = pattern;

        public static RegexNode Parse(string pattern)
        {
            var parser = new RegexSubsetParser(pattern);
            RegexNode root = parser.Alternation();
            if (parser.position < pattern.Length)
            {
                throw parser.Unsupported($"unexpected '{pattern[parser.position]}'");
            }

            return root;
        }

        private RegexNode Alternation()
        {
            var choices = new List<RegexNode> { Sequence() };
            while (Peek('|'))
            {
                position++;
                choices.Add(Sequence());
            }

            return choices.Count == 1 ? choices[0] : new AlternationNode(choices);
        }

        private RegexNode Sequence()
        {
            var parts = new List<RegexNode>();
            while (position < pattern.Length && !Peek('|') && !Peek(')'))
            {
                parts.Add(Quantified(Atom()));
            }

            return new SequenceNode(parts);
        }

        private RegexNode Quantified(RegexNode atom)
        {
            if (position >= pattern.Length)
            {
                return atom;
            }

            int min;
            int? max;
            switch (pattern[position])
            {
                case '*':
                    (min, max) = (0, null);
                    position++;
                    break;
                case '+':
                    (min, max) = (1, null);
                    position++;
                    break;
                case '?':
                    (min, max) = (0, 1);
                    position++;
                    break;
                case '{':
                    (min, max) = Bounds();
                    break;
                default:
                    return atom;
            }

            if (Peek('?') || Peek('+'))
            {
                throw Unsupported("lazy or possessive quantifier");
            }

            return new RepeatNode(atom, min, max);
        }

        private (int Min, int? Max) Bounds()
        {
            int close = pattern.IndexOf('}', position);
            string[] numbers = close < 0 ? Array.Empty<string>() : pattern.Substring(position + 1, close - position - 1).Split(',');
            if (numbers.Length == 0 || numbers.Length > 2 || !int.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out int min))
            {
                throw Unsupported("malformed {n,m}");
            }

            int? max = min;
            if (numbers.Length == 2)
            {
                max = numbers[1].Length == 0 ? (int?)null : int.Parse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture);
            }

            position = close + 1;
            return (min, max);
        }

        private RegexNode Atom()
        {
            char c = pattern[position++];
            switch (c)
            {
                case '(':
                    if (Peek('?'))
                    {
                        if (position + 1 < pattern.Length && pattern[position + 1] == ':')
                        {
                            position += 2;
                        }
                        else
                        {
                            throw Unsupported("lookaround or inline option (?...)");
                        }
                    }

                    RegexNode inner = Alternation();
                    Expect(')');
                    return inner;
                case '[':
                    return Class();
                case '.':
                    return new CharNode(ch => Array.IndexOf(LineTerminators, ch) < 0, Alphabet, ".");
                case '^':
                    return new AnchorNode(atStart: true);
                case '$':
                    return new AnchorNode(atStart: false);
                case '\\':
                    var escaped = Escape();
                    return new CharNode(escaped, Alphabet, "\\" + pattern[position - 1]);
                case ')':
                case '*':
                case '+':
                case '?':
                case '{':
                case '|':
                    throw Unsupported($"'{c}' where a character was expected");
                default:
                    return new CharNode(ch => ch == c, Alphabet, c.ToString());
            }
        }

        private RegexNode Class()
        {
            int start = position - 1;
            bool negated = Peek('^');
            if (negated)
            {
                position++;
            }

            var members = new List<Func<char, bool>>();
            bool first = true;
            while (position < pattern.Length && (first || !Peek(']')))
            {
                first = false;
                Func<char, bool> member = ClassMember(out char? single);
                if (single.HasValue && Peek('-') && position + 1 < pattern.Length && pattern[position + 1] != ']')
                {
                    position++;
                    ClassMember(out char? upper);
                    char low = single.Value;
                    char high = upper ?? throw Unsupported("a range ending in a character class");
                    member = ch => ch >= low && ch <= high;
                }

                members.Add(member);
            }

            Expect(']');
            string description = pattern.Substring(start, position - start);
            return new CharNode(ch => members.Any(m => m(ch)) != negated, Alphabet, description);
        }

        /// <summary>One member of a class: a character (also returned as <paramref name="single"/>, for ranges) or an escape class.</summary>
        private Func<char, bool> ClassMember(out char? single)
        {
            char c = pattern[position++];
            if (c == '[')
            {
                throw Unsupported("nested class");
            }

            if (c != '\\')
            {
                single = c;
                return ch => ch == c;
            }

            char escaped = pattern[position];
            Func<char, bool> member = Escape();
            single = char.IsLetterOrDigit(escaped) ? (char?)null : escaped;
            return member;
        }

        private Func<char, bool> Escape()
        {
            char c = pattern[position++];
            switch (c)
            {
                case 'd':
                    return ch => ch >= '0' && ch <= '9';
                case 'w':
                    return ch => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
                case 's':
                    return ch => " \t\n\u000B\f\r".IndexOf(ch) >= 0;
                case 'p':
                    return UnicodeClass();
                default:
                    if (char.IsLetterOrDigit(c))
                    {
                        throw Unsupported($"escape \\{c}");
                    }

                    return ch => ch == c;
            }
        }

        private Func<char, bool> UnicodeClass()
        {
            Expect('{');
            int close = pattern.IndexOf('}', position);
            string name = close < 0 ? string.Empty : pattern.Substring(position, close - position);
            position = close + 1;
            switch (name)
            {
                case "L":
                    return char.IsLetter;
                case "N":
                    return ch => char.GetUnicodeCategory(ch) is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
                case "Z":
                    return ch => char.GetUnicodeCategory(ch) is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
                default:
                    throw Unsupported($"Unicode class \\p{{{name}}}");
            }
        }

        private bool Peek(char c) => position < pattern.Length && pattern[position] == c;

        private void Expect(char c)
        {
            if (!Peek(c))
            {
                throw Unsupported($"'{c}' expected");
            }

            position++;
        }

        private NotSupportedException Unsupported(string what) =>
            new NotSupportedException($"The corpus cannot read the pattern {pattern} ({what} at {position}); teach RegexSubsetParser this construct.");
    }
}
