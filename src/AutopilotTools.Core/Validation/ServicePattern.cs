using System.Text;

namespace AutopilotTools.Validation
{
    /// <summary>
    /// The service model's patterns are Java regular expressions. Three things differ in .NET and matter for them:
    /// Java lets a backslash escape any non-letter (<c>[a-zA-Z0-9\_\-]</c> in FillingTransformationValue), where
    /// .NET rejects <c>\_</c>; Java's <c>\d</c>, <c>\s</c>, <c>\w</c> are ASCII-only, where .NET's take any
    /// Unicode digit, space or letter; and Java's <c>.</c> stops at every line terminator, .NET's only at \n.
    /// This rewrites a pattern into the .NET expression that means the same.
    /// </summary>
    internal static class ServicePattern
    {
        private const string JavaDot = @"[^\n\r\u0085\u2028\u2029]";

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

                if (c == '.' && !inClass)
                {
                    result.Append(JavaDot);
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
