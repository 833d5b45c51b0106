namespace ModelGen;

/// <summary>
/// Name clashes that would make the generated code fail to compile, or compile into something other than the
/// model. Each one stops the generator with the reason: renaming a property would change its wire name, and the
/// models deliberately carry no JsonPropertyName attributes.
/// <para>Classes are not renamed either: a shape's class has the shape's name, which the shape table, the conformance
/// tests and every reader rely on. A generated name that meets a type outside AutopilotTools.Model (the service's
/// <c>Channel</c> and <c>System.Threading.Channels.Channel</c>) is resolved where both are imported, by naming the
/// other type in full there.</para>
/// </summary>
internal static class NameChecks
{
    /// <summary>Hand-written names in AutopilotTools.Model, and namespaces that generated code names unqualified.</summary>
    private static readonly HashSet<string> Taken =
    [
        "ApiMember", "ApiMemberAttribute", "ApiUnion", "ApiUnionAttribute", "ShapeKind", "ShapeRule",
        "ServiceShapes", "SageMakerOperations", "EmptyResponse", "Runtime", "System", "AutopilotTools",
    ];

    public static void Check(ServiceModel model)
    {
        var problems = new List<string>();
        var typeNames = model.Shapes.Values.Where(s => s.IsModelClass || s.IsEnum).Select(s => s.Name).ToList();

        problems.AddRange(typeNames.Where(Taken.Contains).Select(n => $"shape '{n}' would hide a hand-written type or namespace"));

        // One file per class: names differing only by case would overwrite each other on Windows and macOS.
        problems.AddRange(typeNames.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"shapes {string.Join(", ", g)} differ only by case"));

        foreach (Shape shape in model.Shapes.Values.Where(s => s.IsModelClass))
        {
            foreach (StructureMember member in shape.Members)
            {
                if (member.Name == shape.Name)
                {
                    problems.Add($"{shape.Name}.{member.Name}: a member cannot have its class's name (CS0542)");
                }

                if (member.Name == "AdditionalMembers")
                {
                    problems.Add($"{shape.Name}.{member.Name}: clashes with the extension-data property");
                }
            }

            // The wire format reads names case-insensitively, so two such members would be ambiguous.
            problems.AddRange(shape.Members.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
                .Select(g => $"{shape.Name}: members {string.Join(", ", g.Select(m => m.Name))} differ only by case"));
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException("Name collisions in the service model:\n  " + string.Join("\n  ", problems));
        }
    }
}
