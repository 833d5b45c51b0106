namespace ModelGen;

/// <summary>
/// The C# type of each shape kind. System types are written fully qualified so that a member whose name is also a
/// type name (a property called DateTime, say) can never change what the type means.
/// </summary>
internal static class ClrTypes
{
    /// <summary>The type of a structure property: every member may be absent, so value types become nullable.</summary>
    public static string PropertyType(ServiceModel model, string shapeName) => ElementType(model, shapeName) + "?";

    /// <summary>
    /// The type of a list element or map value, which is never null on the wire. Model classes are named as seen from
    /// their own namespace, or with <paramref name="modelPrefix"/> (e.g. global::AutopilotTools.Model.) from elsewhere.
    /// </summary>
    public static string ElementType(ServiceModel model, string shapeName, string modelPrefix = "")
    {
        Shape shape = model[shapeName];
        return shape.Type switch
        {
            "string" => "string",
            "integer" => "int",
            "long" => "long",
            "float" or "double" => "double",
            "boolean" => "bool",
            "timestamp" => "System.DateTime",
            "blob" => "byte[]",
            "list" => $"System.Collections.Generic.List<{ElementType(model, shape.Member!, modelPrefix)}>",
            "map" => $"System.Collections.Generic.Dictionary<{MapKeyType(model, shape)}, {ElementType(model, shape.Value!, modelPrefix)}>",
            "structure" when shape.IsModelClass => modelPrefix + shape.Name,
            _ => throw new InvalidDataException($"Shape '{shapeName}' ({shape.Type}) cannot be a member value."),
        };
    }

    /// <summary>The C# spelling of the model's type word as a <c>ShapeKind</c> member.</summary>
    public static string ShapeKind(Shape shape) => char.ToUpperInvariant(shape.Type[0]) + shape.Type[1..];

    /// <summary>JSON object keys are strings, so a map whose keys are anything else cannot be a Dictionary here.</summary>
    private static string MapKeyType(ServiceModel model, Shape map) => model[map.Key!].Type == "string"
        ? "string"
        : throw new InvalidDataException($"Map '{map.Name}' has non-string keys ({map.Key}).");
}
