using System.Globalization;
using System.Text;

namespace AutopilotTools.Validation
{
    /// <summary>
    /// A member path as AWS services write it in validation messages: each member name with its first letter lowered
    /// (<c>autoMLJobConfig.completionCriteria.maxCandidates</c>), list elements numbered from 1 as <c>.1.member</c>
    /// (<c>autoMLJobInputDataConfig.1.member.channelType</c>). A map entry has no AWS form of its own (the services
    /// report at the map); its key is written as a member.
    /// </summary>
    public static class AwsMemberPath
    {
        /// <param name="path">A path as <see cref="MemberPath"/> builds it: <c>A.B</c>, <c>A[0]</c>, <c>A['key']</c>.</param>
        public static string From(string path)
        {
            var result = new StringBuilder(path.Length + 8);
            int i = 0;
            while (i < path.Length)
            {
                char c = path[i];
                if (c == '.')
                {
                    i++;
                }
                else if (c == '[' && i + 1 < path.Length && path[i + 1] == '\'')
                {
                    // A map key, quotes doubled inside: up to the quote that is not doubled.
                    var key = new StringBuilder();
                    i += 2;
                    while (i < path.Length && !(path[i] == '\'' && (i + 1 >= path.Length || path[i + 1] != '\'')))
                    {
                        key.Append(path[i]);
                        i += path[i] == '\'' ? 2 : 1;
                    }

                    Append(result, key.ToString());
                    i += 2;
                }
                else if (c == '[')
                {
                    int close = path.IndexOf(']', i);
                    int index = int.Parse(path.Substring(i + 1, close - i - 1), CultureInfo.InvariantCulture);
                    Append(result, (index + 1).ToString(CultureInfo.InvariantCulture));
                    Append(result, "member");
                    i = close + 1;
                }
                else
                {
                    int end = i;
                    while (end < path.Length && path[end] != '.' && path[end] != '[')
                    {
                        end++;
                    }

                    string name = path.Substring(i, end - i);
                    Append(result, char.ToLowerInvariant(name[0]) + name.Substring(1));
                    i = end;
                }
            }

            return result.ToString();
        }

        private static void Append(StringBuilder path, string segment) => path.Append(path.Length == 0 ? string.Empty : ".").Append(segment);
    }
}
