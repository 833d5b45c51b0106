using System.Text;
using System.Text.RegularExpressions;

namespace ModelGen;

/// <summary>
/// A static class of string constants per enumerated string shape. Members stay typed as string (the service adds
/// values over time and an unknown one must still round-trip); these constants name the values the model knows.
/// </summary>
internal static class EnumWriter
{
    public static string Write(ServiceModel model, ICollection<string> notes)
    {
        var code = new StringBuilder(CSharpText.Header(model.Uid));
        code.Append("\nnamespace AutopilotTools.Model\n{\n");
        string separator = "";
        foreach (Shape shape in model.Shapes.Values.Where(s => s.IsEnum))
        {
            code.Append(separator);
            separator = "\n";
            code.Append($"    public static class {shape.Name}\n    {{\n");
            foreach ((string identifier, string value) in Identifiers(shape, notes))
            {
                code.Append($"        public const string {identifier} = {CSharpText.Literal(value)};\n");
            }

            code.Append("\n        /// <summary>Every value the model allows, in the model's order.</summary>\n");
            code.Append("        public static readonly System.Collections.Generic.IReadOnlyList<string> Values = new[]\n        {\n");
            foreach (string value in shape.Enum!)
            {
                code.Append($"            {CSharpText.Literal(value)},\n");
            }

            code.Append("        };\n    }\n");
        }

        code.Append("}\n");
        return code.ToString();
    }

    /// <summary>
    /// "ml.m5.large" becomes MlM5Large, "1.0" becomes _10. A name already taken (by an earlier value, the class
    /// itself or Values) gets _2, _3, ... in the model's order, so the result never depends on anything else.
    /// </summary>
    private static IEnumerable<(string Identifier, string Value)> Identifiers(Shape shape, ICollection<string> notes)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { shape.Name, "Values" };
        foreach (string value in shape.Enum!)
        {
            string baseName = string.Concat(Regex.Split(value, "[^A-Za-z0-9]+")
                .Where(part => part.Length > 0)
                .Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
            baseName = baseName.Length == 0 ? "Value" : char.IsDigit(baseName[0]) ? "_" + baseName : baseName;

            string identifier = baseName;
            for (int n = 2; !taken.Add(identifier); n++)
            {
                identifier = $"{baseName}_{n}";
            }

            if (identifier != baseName)
            {
                notes.Add($"{shape.Name}: value \"{value}\" named {identifier} ({baseName} was taken)");
            }

            yield return (identifier, value);
        }
    }
}
