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
                    // Before All: static fields are initialised in the order they are written.
                    private static readonly string[] Names =
                    {

            """.Replace("\r\n", "\n"));
        foreach (Shape shape in model.Shapes.Values)
        {
            code.Append($"            {CSharpText.Literal(shape.Name)},\n");
        }

        code.Append("""
                    };

                    /// <summary>
                    /// Every shape of the service model by name, with the bounds, pattern and values the model gives it. Each
                    /// rule is made the first time it is asked for: a command needs a handful of the shapes, and making them
                    /// all (loading every model class and enumeration with them) took a session's first call 15 ms.
                    /// </summary>
                    public static readonly System.Collections.Generic.IReadOnlyDictionary<string, ShapeRule> All = new ShapeTable(Names, Create);


            """.Replace("\r\n", "\n"));

        // One method per first letter, so that the JIT compiles only the parts a session looks into.
        var groups = model.Shapes.Values.GroupBy(shape => shape.Name[0]).ToList();
        code.Append("        private static ShapeRule? Create(string name)\n        {\n            switch (name.Length == 0 ? '\\0' : name[0])\n            {\n");
        foreach (var group in groups)
        {
            code.Append($"                case '{group.Key}':\n                    return Create{group.Key}(name);\n");
        }

        code.Append("                default:\n                    return null;\n            }\n        }\n");
        foreach (var group in groups)
        {
            code.Append($"\n        private static ShapeRule? Create{group.Key}(string name)\n        {{\n            switch (name)\n            {{\n");
            foreach (Shape shape in group)
            {
                string name = CSharpText.Literal(shape.Name);
                string settings = string.Join(", ", Settings(shape));
                string initializer = settings.Length == 0 ? "" : $" {{ {settings} }}";
                code.Append($"                case {name}:\n                    return new ShapeRule({name}, ShapeKind.{ClrTypes.ShapeKind(shape)}){initializer};\n");
            }

            code.Append("                default:\n                    return null;\n            }\n        }\n");
        }

        code.Append("    }\n}\n");
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
