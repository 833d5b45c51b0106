using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace AutopilotTools.Tests.Conformance.Corpus
{
    /// <summary>One shape of the reference model, read straight from the file (not from the generated code under test).</summary>
    internal sealed class ReferenceShape
    {
        private ReferenceShape(string name, JsonElement shape)
        {
            Name = name;
            Type = shape.GetProperty("type").GetString()!;
            Min = Number(shape, "min");
            Max = Number(shape, "max");
            Pattern = shape.TryGetProperty("pattern", out JsonElement pattern) ? pattern.GetString() : null;
            Enum = shape.TryGetProperty("enum", out JsonElement values) ? values.EnumerateArray().Select(v => v.GetString()!).ToList() : null;
            Member = Target(shape, "member");
            Key = Target(shape, "key");
            Value = Target(shape, "value");
            IsUnion = shape.TryGetProperty("union", out JsonElement union) && union.GetBoolean();
            var required = shape.TryGetProperty("required", out JsonElement names) ? names.EnumerateArray().Select(n => n.GetString()!).ToList() : new List<string>();
            Members = shape.TryGetProperty("members", out JsonElement members)
                ? members.EnumerateObject().Select(m => (m.Name, Target(m.Value, null)!, required.Contains(m.Name))).ToList()
                : new List<(string, string, bool)>();
        }

        public string Name { get; }

        /// <summary>The model's type word: string, integer, long, float, double, boolean, timestamp, blob, list, map, structure.</summary>
        public string Type { get; }

        public double? Min { get; }

        public double? Max { get; }

        public string? Pattern { get; }

        public IReadOnlyList<string>? Enum { get; }

        public string? Member { get; }

        public string? Key { get; }

        public string? Value { get; }

        public bool IsUnion { get; }

        /// <summary>A structure's members in the model's order: name, shape, and whether the structure requires it.</summary>
        public IReadOnlyList<(string Name, string Shape, bool Required)> Members { get; }

        public bool IsNumber => Type == "integer" || Type == "long" || Type == "float" || Type == "double";

        /// <summary>The shape <paramref name="name"/> of a model's "shapes" object (the reference model's, or an altered copy's).</summary>
        public static ReferenceShape Read(string name, JsonElement shapes) => new ReferenceShape(name, shapes.GetProperty(name));

        private static double? Number(JsonElement shape, string property) => shape.TryGetProperty(property, out JsonElement n) ? n.GetDouble() : (double?)null;

        private static string? Target(JsonElement owner, string? property)
        {
            JsonElement reference = owner;
            if (property != null && !owner.TryGetProperty(property, out reference))
            {
                return null;
            }

            return reference.GetProperty("shape").GetString();
        }
    }
}
