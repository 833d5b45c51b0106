using System.Text;

namespace ModelGen;

/// <summary>
/// The client's JSON reader and writer for every structure a request or response holds (WireJson.g.cs): straight
/// Utf8JsonReader and Utf8JsonWriter code per model class, on the helpers in the client's Pipeline/WireJsonReading.cs
/// and WireJsonWriting.cs, so the serializer's reflection and start-up never run on a session's first call.
/// </summary>
internal static class WireJsonWriter
{
    private const string Model = "global::AutopilotTools.Model.";
    private const string Reader = "global::System.Text.Json.Utf8JsonReader";
    private const string Writer = "global::System.Text.Json.Utf8JsonWriter";

    /// <summary>The hand-written response of operations without an output shape: no members, only those kept.</summary>
    private const string EmptyResponse = "EmptyResponse";

    public static string Write(ServiceModel model)
    {
        var payloads = new SortedSet<string>(StringComparer.Ordinal) { EmptyResponse };
        foreach (Operation op in model.Operations)
        {
            payloads.Add(op.Input);
            payloads.Add(op.Output ?? EmptyResponse);
        }

        var structures = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string payload in payloads)
        {
            Reach(model, payload, structures);
        }

        var code = new StringBuilder(CSharpText.Header(model.Uid));
        code.Append("// Null on the wire is null in the models; the helpers this calls carry the nullable annotations.\n#nullable disable\n");
        code.Append("\nnamespace AutopilotTools.Client.Pipeline\n{\n    internal static partial class WireJson\n    {\n");
        code.Append($"        private static readonly System.Collections.Generic.Dictionary<System.Type, System.Action<{Writer}, object>> Writers = new System.Collections.Generic.Dictionary<System.Type, System.Action<{Writer}, object>>\n        {{\n");
        foreach (string payload in payloads)
        {
            code.Append($"            [typeof({Model}{payload})] = (writer, value) => Write{payload}(writer, ({Model}{payload})value),\n");
        }

        code.Append("        };\n\n");
        code.Append("        private static readonly System.Collections.Generic.Dictionary<System.Type, PayloadReader> Readers = new System.Collections.Generic.Dictionary<System.Type, PayloadReader>\n        {\n");
        foreach (string payload in payloads)
        {
            code.Append($"            [typeof({Model}{payload})] = (ref {Reader} reader) => Read{payload}(ref reader),\n");
        }

        code.Append("        };\n");
        foreach (string structure in structures)
        {
            IReadOnlyList<StructureMember> members = structure == EmptyResponse ? [] : model[structure].Members;
            code.Append('\n').Append(ReadMethod(model, structure, members)).Append('\n').Append(WriteMethod(model, structure, members));
        }

        code.Append("    }\n}\n");
        return code.ToString();
    }

    private static void Reach(ServiceModel model, string shapeName, SortedSet<string> structures)
    {
        if (shapeName == EmptyResponse)
        {
            structures.Add(shapeName);
            return;
        }

        Shape shape = model[shapeName];
        switch (shape.Type)
        {
            case "structure" when structures.Add(shapeName):
                foreach (StructureMember member in shape.Members)
                {
                    Reach(model, member.Shape, structures);
                }

                break;
            case "list":
                Reach(model, shape.Member!, structures);
                break;
            case "map":
                Reach(model, shape.Value!, structures);
                break;
        }
    }

    private static string ReadMethod(ServiceModel model, string structure, IReadOnlyList<StructureMember> members)
    {
        var code = new StringBuilder();
        string names = string.Join(", ", members.Select(m => CSharpText.Literal(m.Name)));
        // Made on first use, not in the class's static constructor: a session reads a handful of the structures.
        code.Append($"        private static string[] {structure}Members;\n\n");
        code.Append($"        private static {Model}{structure} Read{structure}(ref {Reader} reader)\n        {{\n");
        code.Append($"            if (!WireJsonReading.StartObject(ref reader, {CSharpText.Literal(structure)}))\n            {{\n                return null;\n            }}\n\n");
        code.Append($"            var value = new {Model}{structure}();\n");
        code.Append($"            string[] members = {structure}Members ??= new string[] {{ {names} }};\n");
        code.Append($"            while (WireJsonReading.NextMember(ref reader, members, out int member, out string name))\n            {{\n");
        code.Append("                switch (member)\n                {\n");
        for (int i = 0; i < members.Count; i++)
        {
            Shape shape = model[members[i].Shape];
            string read = Expression(model, members[i].Shape, Reading, "ref reader", 0);
            string absent = shape.Type is "string" or "blob" ? "null" : $"({ClrTypes.PropertyType(model, members[i].Shape)})null";
            string nullable = shape.Type is "list" or "map" or "structure" ? read : $"reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? {absent} : {read}";
            code.Append($"                    case {i}:\n                        value.{CSharpText.Identifier(members[i].Name)} = {nullable};\n                        break;\n");
        }

        code.Append("                    default:\n                        value.AdditionalMembers = WireJsonReading.Keep(value.AdditionalMembers, name, ref reader);\n                        break;\n");
        code.Append("                }\n            }\n\n            return value;\n        }\n");
        return code.ToString();
    }

    private static string WriteMethod(ServiceModel model, string structure, IReadOnlyList<StructureMember> members)
    {
        var code = new StringBuilder();
        code.Append($"        private static void Write{structure}({Writer} writer, {Model}{structure} value)\n        {{\n");
        code.Append("            writer.WriteStartObject();\n");
        foreach (StructureMember member in members)
        {
            string property = "value." + CSharpText.Identifier(member.Name);
            string item = model[member.Shape].Type is "list" or "map" or "structure" or "string" or "blob" ? property : property + ".Value";
            code.Append($"            if ({property} != null)\n            {{\n");
            code.Append($"                writer.WritePropertyName({CSharpText.Literal(member.Name)});\n");
            code.Append($"                {Expression(model, member.Shape, Writing, "writer, " + item, 0)};\n            }}\n\n");
        }

        code.Append("            WireJsonWriting.Kept(writer, value.AdditionalMembers);\n            writer.WriteEndObject();\n        }\n");
        return code.ToString();
    }

    /// <summary>
    /// An expression reading (at the current token) or writing a whole value of the shape; <paramref name="arguments"/>
    /// are the reader, or the writer and the value.
    /// </summary>
    private static string Expression(ServiceModel model, string shapeName, Direction direction, string arguments, int depth)
    {
        Shape shape = model[shapeName];
        return shape.Type switch
        {
            "list" => $"{direction.Helpers}.List<{ClrTypes.ElementType(model, shape.Member!, Model)}>({arguments}, {ElementDelegate(model, shape.Member!, direction, depth + 1)})",
            "map" => $"{direction.Helpers}.Map<{ClrTypes.ElementType(model, shape.Value!, Model)}>({arguments}, {ElementDelegate(model, shape.Value!, direction, depth + 1)})",
            "structure" => $"{direction.Verb}{shapeName}({arguments})",
            _ => $"{direction.Helpers}.{Primitive(shape)}({arguments})",
        };
    }

    /// <summary>A delegate reading or writing one list element or map value of the shape.</summary>
    private static string ElementDelegate(ServiceModel model, string shapeName, Direction direction, int depth)
    {
        Shape shape = model[shapeName];
        return shape.Type switch
        {
            "list" or "map" => $"({direction.LambdaParameters(depth)}) => {Expression(model, shapeName, direction, direction.LambdaArguments(depth), depth)}",
            "structure" => direction.Verb + shapeName,
            _ => direction.Helpers + "." + Primitive(shape),
        };
    }

    /// <summary>Reading or writing: the helper class, the prefix of the generated methods, and how a nested delegate takes its arguments.</summary>
    private sealed record Direction(string Helpers, string Verb, Func<int, string> LambdaParameters, Func<int, string> LambdaArguments);

    private static readonly Direction Reading = new("WireJsonReading", "Read", depth => $"ref {Reader} reader{depth}", depth => $"ref reader{depth}");

    private static readonly Direction Writing = new("WireJsonWriting", "Write", depth => $"writer{depth}, value{depth}", depth => $"writer{depth}, value{depth}");

    /// <summary>The helper that reads and writes a value of a scalar shape, named alike in WireJsonReading and WireJsonWriting.</summary>
    private static string Primitive(Shape shape) => shape.Type switch
    {
        "string" => "String",
        "integer" => "Int32",
        "long" => "Int64",
        "float" or "double" => "Double",
        "boolean" => "Boolean",
        "timestamp" => "Timestamp",
        "blob" => "Bytes",
        _ => throw new InvalidDataException($"Shape '{shape.Name}' ({shape.Type}) has no JSON helper."),
    };
}
