using System;

namespace AutopilotTools.Tests.Conformance.Corpus
{
    /// <summary>A set of string lengths from 0 to a cap, with the sum of two sets (every a + b).</summary>
    internal sealed class LengthSet
    {
        private readonly bool[] has;
        private int[]? members;

        public LengthSet(int cap) => has = new bool[cap + 1];

        public int Cap => has.Length - 1;

        public static LengthSet Of(int cap, params int[] lengths)
        {
            var set = new LengthSet(cap);
            foreach (int length in lengths)
            {
                set.Add(length);
            }

            return set;
        }

        public bool Contains(int length) => length >= 0 && length < has.Length && has[length];

        public void Add(int length)
        {
            if (length >= 0 && length < has.Length)
            {
                has[length] = true;
                members = null;
            }
        }

        /// <summary>The lengths in the set, ascending.</summary>
        public int[] Members()
        {
            if (members == null)
            {
                var found = new System.Collections.Generic.List<int>();
                for (int i = 0; i < has.Length; i++)
                {
                    if (has[i])
                    {
                        found.Add(i);
                    }
                }

                members = found.ToArray();
            }

            return members;
        }

        public LengthSet Plus(LengthSet other)
        {
            var sum = new LengthSet(Cap);
            int[] mine = Members();
            int[] theirs = other.Members();
            foreach (int a in mine)
            {
                foreach (int b in theirs)
                {
                    if (a + b > Cap)
                    {
                        break;
                    }

                    sum.has[a + b] = true;
                }
            }

            return sum;
        }

        public LengthSet Union(LengthSet other)
        {
            var union = new LengthSet(Cap);
            for (int i = 0; i <= Cap; i++)
            {
                union.has[i] = has[i] || other.has[i];
            }

            return union;
        }

        /// <summary>Every length reachable from 0 by adding lengths of this set any number of times.</summary>
        public LengthSet Star()
        {
            var star = Of(Cap, 0);
            for (int i = 0; i <= Cap; i++)
            {
                for (int step = 1; star.has[i] && i + step <= Cap; step++)
                {
                    if (has[step])
                    {
                        star.has[i + step] = true;
                    }
                }
            }

            return star;
        }
    }
}
