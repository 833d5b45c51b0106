using System.Globalization;

namespace AutopilotTools.Local.S3
{
    /// <summary>
    /// One byte range of a GET (<c>bytes=first-last</c>, <c>bytes=first-</c>, <c>bytes=-suffix</c>). Like S3, a
    /// header that does not parse, or asks for several ranges, is ignored and the whole object is sent; a range that
    /// starts past the end is InvalidRange (416).
    /// </summary>
    internal readonly record struct ByteRange(long First, long Last)
    {
        public long Length => Last - First + 1;

        /// <summary>The range to send, or null for the whole object.</summary>
        public static ByteRange? Parse(string? header, long size)
        {
            if (string.IsNullOrWhiteSpace(header) || !header.StartsWith("bytes=", System.StringComparison.OrdinalIgnoreCase) || header.Contains(','))
            {
                return null;
            }

            string spec = header.Substring("bytes=".Length).Trim();
            int dash = spec.IndexOf('-');
            if (dash < 0)
            {
                return null;
            }

            string first = spec.Substring(0, dash).Trim();
            string last = spec.Substring(dash + 1).Trim();
            if (first.Length == 0)
            {
                if (!long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out long suffix))
                {
                    return null;
                }

                if (suffix == 0 || size == 0)
                {
                    throw Unsatisfiable(size);
                }

                return new ByteRange(System.Math.Max(0, size - suffix), size - 1);
            }

            if (!long.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out long start))
            {
                return null;
            }

            long end = size - 1;
            if (last.Length > 0)
            {
                if (!long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out end) || end < start)
                {
                    return null;
                }
            }

            if (start >= size)
            {
                throw Unsatisfiable(size);
            }

            return new ByteRange(start, System.Math.Min(end, size - 1));
        }

        private static S3Error Unsatisfiable(long size) =>
            new S3Error(416, "InvalidRange", "The requested range is not satisfiable", ("RangeRequested", "bytes"), ("ActualObjectSize", size.ToString(CultureInfo.InvariantCulture)));
    }
}
