using System.Text.Json;

namespace ModelGen;

/// <summary>One member of a structure: its wire name, the shape of its value, whether the structure needs it.</summary>
internal sealed record StructureMember(string Name, string Shape, bool Required);

/// <summary>One operation: its name and the structures it takes and returns (no output for some deletes).</summary>
internal sealed record Operation(string Name, string Input, string? Output);

/// <summary>One shape, holding exactly the facts of the model that the generated code states.</summary>
internal sealed class Shape
{
    public required string Name { get; init; }

    /// <summary>The model's type word: string, integer, long, float, double, boolean, timestamp, blob, list, map, structure.</summary>
    public required string Type { get; init; }

    /// <summary>Bounds as the model writes them (JSON number text), so the generated literal is the model's own.</summary>
    public string? MinText { get; init; }

    public string? MaxText { get; init; }

    public string? Pattern { get; init; }

    public IReadOnlyList<string>? Enum { get; init; }

    /// <summary>List element shape.</summary>
    public string? Member { get; init; }

    /// <summary>Map key and value shapes.</summary>
    public string? Key { get; init; }

    public string? Value { get; init; }

    /// <summary>Structure members in the model's order (that order becomes the property and wire order).</summary>
    public IReadOnlyList<StructureMember> Members { get; init; } = [];

    public bool IsUnion { get; init; }

    public bool IsException { get; init; }

    /// <summary>Structures that become model classes; exceptions are read by the client's error reader instead.</summary>
    public bool IsModelClass => Type == "structure" && !IsException;

    public bool IsEnum => Enum != null;
}

/// <summary>The parts of a botocore service model (metadata, operations, shapes) that the generator uses.</summary>
internal sealed class ServiceModel
{
    private static readonly HashSet<string> KnownTypes =
        ["string", "integer", "long", "float", "double", "boolean", "timestamp", "blob", "list", "map", "structure"];

    private ServiceModel(string uid, SortedDictionary<string, Shape> shapes, List<Operation> operations)
    {
        Uid = uid;
        Shapes = shapes;
        Operations = operations;
    }

    /// <summary>The model's id, e.g. sagemaker-2017-07-24, named in every generated header.</summary>
    public string Uid { get; }

    /// <summary>All shapes, sorted by name (ordinal) so the output never depends on the file's order.</summary>
    public IReadOnlyDictionary<string, Shape> Shapes { get; }

    /// <summary>All operations, sorted by name (ordinal).</summary>
    public IReadOnlyList<Operation> Operations { get; }

    public Shape this[string name] => Shapes.TryGetValue(name, out Shape? shape)
        ? shape
        : throw new InvalidDataException($"The model refers to shape '{name}', which it does not define.");

    /// <summary>
    /// Reads one model from several files of the same service (the subset and its additions): their shapes and
    /// operations together. A name defined twice must be defined identically, or the files disagree about a fact.
    /// </summary>
    public static ServiceModel Load(IReadOnlyList<string> paths)
    {
        var shapes = new SortedDictionary<string, Shape>(StringComparer.Ordinal);
        var shapeJson = new Dictionary<string, string>(StringComparer.Ordinal);
        var operations = new SortedDictionary<string, Operation>(StringComparer.Ordinal);
        string? uid = null;
        foreach (string path in paths)
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(path));
            JsonElement root = document.RootElement;
            string fileUid = root.GetProperty("metadata").GetProperty("uid").GetString()!;
            if (uid != null && fileUid != uid)
            {
                throw new InvalidDataException($"{path} is model {fileUid}, the others are {uid}.");
            }

            uid = fileUid;
            foreach (JsonProperty shape in root.GetProperty("shapes").EnumerateObject())
            {
                string text = shape.Value.GetRawText();
                if (shapeJson.TryGetValue(shape.Name, out string? earlier))
                {
                    if (earlier != text)
                    {
                        throw new InvalidDataException($"Shape '{shape.Name}' is defined differently in {path} and an earlier file.");
                    }

                    continue;
                }

                shapeJson.Add(shape.Name, text);
                shapes.Add(shape.Name, ReadShape(shape.Name, shape.Value));
            }

            foreach (JsonProperty op in root.GetProperty("operations").EnumerateObject())
            {
                if (!operations.TryAdd(op.Name, new Operation(op.Name, ShapeRef(op.Value, "input")!, ShapeRef(op.Value, "output"))))
                {
                    throw new InvalidDataException($"Operation '{op.Name}' is defined in {path} and an earlier file.");
                }
            }
        }

        var model = new ServiceModel(uid ?? throw new InvalidDataException("No model files."), shapes, operations.Values.ToList());
        model.CheckReferences();
        return model;
    }

    private static Shape ReadShape(string name, JsonElement json)
    {
        string type = json.GetProperty("type").GetString()!;
        if (!KnownTypes.Contains(type))
        {
            throw new InvalidDataException($"Shape '{name}' has type '{type}', which the generator does not know how to map.");
        }

        var required = json.TryGetProperty("required", out JsonElement req)
            ? req.EnumerateArray().Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        var members = json.TryGetProperty("members", out JsonElement m)
            ? m.EnumerateObject().Select(p => new StructureMember(p.Name, ShapeRef(p.Value)!, required.Contains(p.Name))).ToList()
            : [];

        return new Shape
        {
            Name = name,
            Type = type,
            MinText = json.TryGetProperty("min", out JsonElement min) ? min.GetRawText() : null,
            MaxText = json.TryGetProperty("max", out JsonElement max) ? max.GetRawText() : null,
            Pattern = json.TryGetProperty("pattern", out JsonElement pattern) ? pattern.GetString() : null,
            Enum = json.TryGetProperty("enum", out JsonElement values) ? values.EnumerateArray().Select(v => v.GetString()!).ToList() : null,
            Member = ShapeRef(json, "member"),
            Key = ShapeRef(json, "key"),
            Value = ShapeRef(json, "value"),
            Members = members,
            IsUnion = Flag(json, "union"),
            IsException = Flag(json, "exception"),
        };
    }

    private static string? ShapeRef(JsonElement owner, string property) =>
        owner.TryGetProperty(property, out JsonElement target) ? ShapeRef(target) : null;

    private static string? ShapeRef(JsonElement target) => target.GetProperty("shape").GetString();

    private static bool Flag(JsonElement json, string property) =>
        json.TryGetProperty(property, out JsonElement flag) && flag.GetBoolean();

    /// <summary>Fails early on a dangling shape name instead of emitting code that does not compile.</summary>
    private void CheckReferences()
    {
        foreach (Shape shape in Shapes.Values)
        {
            foreach (string target in shape.Members.Select(m => m.Shape).Append(shape.Member).Append(shape.Key).Append(shape.Value).OfType<string>())
            {
                _ = this[target];
            }
        }

        foreach (Operation op in Operations)
        {
            if (!this[op.Input].IsModelClass || (op.Output != null && !this[op.Output].IsModelClass))
            {
                throw new InvalidDataException($"Operation '{op.Name}' takes or returns a shape that is not a plain structure.");
            }
        }
    }
}
