using System.Text;

namespace ModelGen;

/// <summary>ServiceShapes.All: a rule for every shape in the model, exceptions included, saying only what the model says.</summary>
internal static class ShapeTableWriter
{
    public static string Write(ServiceModel model)
    {
        var code = new StringBuilder(CSharpText.Header(model.Uid));
        code.Append("""

            namespace AutopilotTools.Model
            {
                public static partial class ServiceShapes
                {
                    /// <summary>Every shape of the service model by name, with the bounds, pattern and values the model gives it.</summary>
                    public static readonly System.Collections.Generic.IReadOnlyDictionary<string, ShapeRule> All =
                        new System.Collections.Generic.Dictionary<string, ShapeRule>(System.StringComparer.Ordinal)
                        {

            """.Replace("\r\n", "\n"));
        foreach (Shape shape in model.Shapes.Values)
        {
            string name = CSharpText.Literal(shape.Name);
            string settings = string.Join(", ", Settings(shape));
            string initializer = settings.Length == 0 ? "" : $" {{ {settings} }}";
            code.Append($"                [{name}] = new ShapeRule({name}, ShapeKind.{ClrTypes.ShapeKind(shape)}){initializer},\n");
        }

        code.Append("            };\n    }\n}\n");
        return code.ToString();
    }

    private static IEnumerable<string> Settings(Shape shape)
    {
        if (shape.MinText != null) yield return $"Min = {shape.MinText}";
        if (shape.MaxText != null) yield return $"Max = {shape.MaxText}";
        if (shape.Pattern != null) yield return $"Pattern = {CSharpText.PatternLiteral(shape.Pattern)}";
        if (shape.IsEnum) yield return $"Enum = {shape.Name}.Values";
        if (shape.Member != null) yield return $"Member = {CSharpText.Literal(shape.Member)}";
        if (shape.Key != null) yield return $"Key = {CSharpText.Literal(shape.Key)}";
        if (shape.Value != null) yield return $"Value = {CSharpText.Literal(shape.Value)}";
        if (shape.IsModelClass) yield return $"ClrType = typeof({shape.Name})";
    }
}
