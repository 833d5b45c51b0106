namespace AutopilotTools.Validation.CrossField
{
    /// <summary>A part of the request and the path it sits at, so a rule can name its members in errors.</summary>
    internal sealed class Located<T>
        where T : class
    {
        public Located(T value, string path)
        {
            Value = value;
            Path = path;
        }

        public T Value { get; }

        public string Path { get; }

        public string Member(string name) => MemberPath.Member(Path, name);
    }

    internal static class Located
    {
        public static Located<T>? At<T>(T? value, string path)
            where T : class => value == null ? null : new Located<T>(value, path);
    }
}
