namespace AutopilotTools.Tests.Conformance.Corpus
{
    /// <summary>
    /// A stable number for a text (FNV-1a), to seed generated values: string.GetHashCode differs between runs, and
    /// the corpus must make the same values every time.
    /// </summary>
    internal static class Seeds
    {
        public static int Of(string text)
        {
            unchecked
            {
                uint hash = 2166136261;
                foreach (char c in text)
                {
                    hash = (hash ^ c) * 16777619;
                }

                return (int)(hash & 0x7FFFFFFF);
            }
        }
    }
}
