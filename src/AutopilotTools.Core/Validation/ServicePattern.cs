using System.Text;

namespace AutopilotTools.Validation
{
    /// <summary>
    /// The service model's patterns are Java regular expressions. Two things differ in .NET and matter for them:
    /// Java lets a backslash escape any non-letter (<c>[a-zA-Z0-9\_\-]</c> in FillingTransformationValue), where
    /// .NET rejects <c>\_</c>; and Java's <c>\d</c>, <c>\s</c>, <c>\w</c> are ASCII-only, where .NET's take any
    /// Unicode digit, space or letter. This rewrites a pattern into the .NET expression that means the same.
    /// </summary>
    internal static class ServicePattern
    {
        public static string ToDotNet(string javaPattern)
        {
            var result = new StringBuilder(javaPattern.Length + 16);
            bool inClass = false;
            for (int i = 0; i < javaPattern.Length; i++)
            {
                char c = javaPattern[i];
                if (c == '\\' && i + 1 < javaPattern.Length)
                {
                    char next = javaPattern[++i];
                    result.Append(Escape(next, inClass));
                    continue;
                }

                if (c == '[' && !inClass)
                {
                    inClass = true;
                }
                else if (c == ']' && inClass)
                {
                    inClass = false;
                }

                result.Append(c);
            }

            return result.ToString();
        }

        private static string Escape(char c, bool inClass)
        {
            switch (c)
            {
                case 'd':
                    return inClass ? "0-9" : "[0-9]";
                case 'w':
                    return inClass ? "a-zA-Z_0-9" : "[a-zA-Z_0-9]";
                case 's':
                    return inClass ? @" \t\n\x0B\f\r" : @"[ \t\n\x0B\f\r]";
                case '_':
                    return "_";
                default:
                    return "\\" + c;
            }
        }
    }
}
