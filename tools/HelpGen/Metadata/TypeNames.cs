namespace AutopilotTools.HelpGen.Metadata;

/// <summary>Type names as help shows them: short in syntax (String[], TimeSpan), full in parameter details.</summary>
public static class TypeNames
{
    /// <summary>The name after a parameter in syntax: -Timeout &lt;TimeSpan&gt;. Nullable values show their value type.</summary>
    public static string Short(Type type)
    {
        Type plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain.IsArray ? Short(plain.GetElementType()!) + "[]" : plain.Name;
    }

    public static string Full(Type type)
    {
        Type plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain.IsArray ? Full(plain.GetElementType()!) + "[]" : plain.FullName ?? plain.Name;
    }
}
