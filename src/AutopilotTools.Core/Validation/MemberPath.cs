using System.Globalization;

namespace AutopilotTools.Validation
{
    /// <summary>Builds member paths the way every error reports them: <c>A.B</c>, <c>A[1]</c>, <c>A['key']</c>.</summary>
    public static class MemberPath
    {
        public static string Member(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;

        public static string Index(string parent, int index) => parent + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

        /// <summary>A map entry; a quote in the key is doubled, as in a PowerShell single-quoted string.</summary>
        public static string Key(string parent, string key) => parent + "['" + key.Replace("'", "''") + "']";
    }
}
