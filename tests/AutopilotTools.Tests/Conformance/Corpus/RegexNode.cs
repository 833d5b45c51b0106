using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AutopilotTools.Tests.Conformance.Corpus
{
    /// <summary>
    /// A node of the regular-expression subset the service model's patterns use. Each node knows which string
    /// lengths it can produce (up to a cap), writes a string of a given length, and matches (the set of positions it
    /// can end at from a set of start positions), so the corpus has its own reading of a pattern to set against the
    /// validator's.
    /// </summary>
    internal abstract class RegexNode
    {
        private LengthSet? lengths;

        public LengthSet Lengths(int cap) => lengths ??= ComputeLengths(cap);

        public abstract void Emit(StringBuilder text, int length, Random random, int cap);

        public abstract ISet<int> Ends(string text, ISet<int> starts);

        protected abstract LengthSet ComputeLengths(int cap);

        protected static T Pick<T>(IReadOnlyList<T> choices, Random random) =>
            choices.Count > 0 ? choices[random.Next(choices.Count)] : throw new InvalidOperationException("The pattern cannot make a string of this length here.");
    }

    /// <summary>One character out of a set: a literal, a class like [a-z\p{L}], or the dot.</summary>
    internal sealed class CharNode : RegexNode
    {
        private readonly Func<char, bool> matches;
        private readonly IReadOnlyList<char> choices;

        public CharNode(Func<char, bool> matches, IEnumerable<char> alphabet, string description)
        {
            this.matches = matches;
            choices = alphabet.Where(matches).ToList();
            if (choices.Count == 0)
            {
                throw new NotSupportedException($"The character set {description} has no member in the corpus alphabet.");
            }
        }

        public override void Emit(StringBuilder text, int length, Random random, int cap) => text.Append(Pick(choices, random));

        public override ISet<int> Ends(string text, ISet<int> starts) =>
            new HashSet<int>(starts.Where(p => p < text.Length && matches(text[p])).Select(p => p + 1));

        protected override LengthSet ComputeLengths(int cap) => LengthSet.Of(cap, 1);
    }

    /// <summary>^ or $: matches no character, only at the start or the end.</summary>
    internal sealed class AnchorNode : RegexNode
    {
        private readonly bool atStart;

        public AnchorNode(bool atStart) => this.atStart = atStart;

        public override void Emit(StringBuilder text, int length, Random random, int cap)
        {
        }

        public override ISet<int> Ends(string text, ISet<int> starts) => new HashSet<int>(starts.Where(p => atStart ? p == 0 : p == text.Length));

        protected override LengthSet ComputeLengths(int cap) => LengthSet.Of(cap, 0);
    }

    /// <summary>Nodes one after the other.</summary>
    internal sealed class SequenceNode : RegexNode
    {
        private readonly IReadOnlyList<RegexNode> parts;
        private LengthSet[]? suffixes;

        public SequenceNode(IReadOnlyList<RegexNode> parts) => this.parts = parts;

        public override void Emit(StringBuilder text, int length, Random random, int cap)
        {
            LengthSet[] rest = Suffixes(cap);
            int left = length;
            for (int i = 0; i < parts.Count; i++)
            {
                LengthSet own = parts[i].Lengths(cap);
                var fitting = own.Members().TakeWhile(l => l <= left).Where(l => rest[i + 1].Contains(left - l)).ToList();
                int chosen = Pick(fitting, random);
                parts[i].Emit(text, chosen, random, cap);
                left -= chosen;
            }
        }

        public override ISet<int> Ends(string text, ISet<int> starts) => parts.Aggregate(starts, (positions, part) => part.Ends(text, positions));

        protected override LengthSet ComputeLengths(int cap) => Suffixes(cap)[0];

        /// <summary>The lengths the parts from i on can make together, for every i.</summary>
        private LengthSet[] Suffixes(int cap)
        {
            if (suffixes == null)
            {
                suffixes = new LengthSet[parts.Count + 1];
                suffixes[parts.Count] = LengthSet.Of(cap, 0);
                for (int i = parts.Count - 1; i >= 0; i--)
                {
                    suffixes[i] = parts[i].Lengths(cap).Plus(suffixes[i + 1]);
                }
            }

            return suffixes;
        }
    }

    /// <summary>a|b|c.</summary>
    internal sealed class AlternationNode : RegexNode
    {
        private readonly IReadOnlyList<RegexNode> choices;

        public AlternationNode(IReadOnlyList<RegexNode> choices) => this.choices = choices;

        public override void Emit(StringBuilder text, int length, Random random, int cap) =>
            Pick(choices.Where(c => c.Lengths(cap).Contains(length)).ToList(), random).Emit(text, length, random, cap);

        public override ISet<int> Ends(string text, ISet<int> starts) => new HashSet<int>(choices.SelectMany(c => c.Ends(text, starts)));

        protected override LengthSet ComputeLengths(int cap) => choices.Select(c => c.Lengths(cap)).Aggregate((a, b) => a.Union(b));
    }

    /// <summary>x*, x+, x?, x{n}, x{n,}, x{n,m}.</summary>
    internal sealed class RepeatNode : RegexNode
    {
        private readonly RegexNode item;
        private readonly int min;
        private readonly int? max;
        private readonly List<LengthSet> exactly = new List<LengthSet>();
        private readonly Dictionary<(int, int?), LengthSet> between = new Dictionary<(int, int?), LengthSet>();

        public RepeatNode(RegexNode item, int min, int? max)
        {
            this.item = item;
            this.min = min;
            this.max = max;
        }

        public override void Emit(StringBuilder text, int length, Random random, int cap)
        {
            LengthSet one = item.Lengths(cap);
            int left = length;
            for (int used = 0; ; used++)
            {
                int minLeft = Math.Max(0, min - used);
                int? maxLeft = max - used;
                if (left == 0 && minLeft == 0)
                {
                    return;
                }

                // Always make progress: a positive length while length is left, an empty item only to reach the minimum.
                LengthSet rest = Between(Math.Max(0, minLeft - 1), maxLeft - 1, cap);
                var fitting = one.Members()
                    .Where(l => (left == 0 ? l == 0 : l > 0 && l <= left) && rest.Contains(left - l) && maxLeft != 0)
                    .ToList();
                int chosen = Pick(fitting, random);
                item.Emit(text, chosen, random, cap);
                left -= chosen;
            }
        }

        public override ISet<int> Ends(string text, ISet<int> starts)
        {
            var result = new HashSet<int>(min == 0 ? starts : Enumerable.Empty<int>());
            ISet<int> current = starts;
            for (int k = 1; (max == null || k <= max) && current.Count > 0; k++)
            {
                current = item.Ends(text, current);
                if (k >= min)
                {
                    // Past the minimum, an unbounded repeat at a position it has reached before can only go where it
                    // went from there: only new positions are followed further.
                    if (max == null)
                    {
                        current = new HashSet<int>(current.Where(p => !result.Contains(p)));
                    }

                    result.UnionWith(current);
                }
            }

            return result;
        }

        protected override LengthSet ComputeLengths(int cap) => Between(min, max, cap);

        /// <summary>The lengths of from <paramref name="low"/> to <paramref name="high"/> (null: no bound) items.</summary>
        private LengthSet Between(int low, int? high, int cap)
        {
            if (high < low)
            {
                return new LengthSet(cap);
            }

            if (!between.TryGetValue((low, high), out LengthSet? set))
            {
                set = high == null
                    ? Exactly(low, cap).Plus(item.Lengths(cap).Star())
                    : Enumerable.Range(low, high.Value - low + 1).Select(k => Exactly(k, cap)).Aggregate((a, b) => a.Union(b));
                between.Add((low, high), set);
            }

            return set;
        }

        private LengthSet Exactly(int count, int cap)
        {
            if (exactly.Count == 0)
            {
                exactly.Add(LengthSet.Of(cap, 0));
            }

            while (exactly.Count <= count)
            {
                exactly.Add(exactly[exactly.Count - 1].Plus(item.Lengths(cap)));
            }

            return exactly[count];
        }
    }
}
