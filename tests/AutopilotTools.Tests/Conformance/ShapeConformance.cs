using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace AutopilotTools.Tests.Conformance
{
    /// <summary>
    /// A JSON document against a shape of the reference model, as a client built from the model reads it: every member
    /// one the structure has, every required member present, every value of an enumerated string one of its values.
    /// </summary>
    internal static class ShapeConformance
    {
        /// <summary>Every way <paramref name="value"/> breaks shape <paramref name="shapeName"/>, each naming its path; empty when none.</summary>
        public static List<string> Problems(JsonElement value, string shapeName, string path)
        {
            var problems = new List<string>();
            Walk(ReferenceModel.Shapes, value, shapeName, path, problems);
            return problems;
        }

        private static void Walk(JsonElement shapes, JsonElement value, string shapeName, string path, List<string> problems)
        {
            JsonElement shape = shapes.GetProperty(shapeName);
            switch (shape.GetProperty("type").GetString())
            {
                case "structure" when value.ValueKind == JsonValueKind.Object:
                    JsonElement members = shape.GetProperty("members");
                    foreach (JsonProperty member in value.EnumerateObject())
                    {
                        if (members.TryGetProperty(member.Name, out JsonElement memberShape))
                        {
                            Walk(shapes, member.Value, memberShape.GetProperty("shape").GetString()!, path + "." + member.Name, problems);
                        }
                        else
                        {
                            problems.Add($"{path}.{member.Name}: {shapeName} has no such member");
                        }
                    }

                    if (shape.TryGetProperty("required", out JsonElement required))
                    {
                        problems.AddRange(required.EnumerateArray().Select(r => r.GetString()!)
                            .Where(r => !value.TryGetProperty(r, out JsonElement present) || present.ValueKind == JsonValueKind.Null)
                            .Select(r => $"{path}.{r}: required by {shapeName} but missing"));
                    }

                    break;
                case "list" when value.ValueKind == JsonValueKind.Array:
                    string element = shape.GetProperty("member").GetProperty("shape").GetString()!;
                    int index = 0;
                    foreach (JsonElement item in value.EnumerateArray())
                    {
                        Walk(shapes, item, element, $"{path}[{index++}]", problems);
                    }

                    break;
                case "map" when value.ValueKind == JsonValueKind.Object:
                    string key = shape.GetProperty("key").GetProperty("shape").GetString()!;
                    string entry = shape.GetProperty("value").GetProperty("shape").GetString()!;
                    foreach (JsonProperty item in value.EnumerateObject())
                    {
                        using JsonDocument keyText = JsonDocument.Parse(JsonSerializer.Serialize(item.Name));
                        Walk(shapes, keyText.RootElement, key, $"{path}['{item.Name}'] (key)", problems);
                        Walk(shapes, item.Value, entry, $"{path}['{item.Name}']", problems);
                    }

                    break;
                case "string" when value.ValueKind == JsonValueKind.String:
                    if (shape.TryGetProperty("enum", out JsonElement values) && !values.EnumerateArray().Any(v => v.GetString() == value.GetString()))
                    {
                        problems.Add($"{path}: '{value.GetString()}' is not a value of {shapeName}");
                    }

                    break;
                case "structure":
                case "list":
                case "map":
                case "string":
                    problems.Add($"{path}: a JSON {value.ValueKind} where {shapeName} is a {shape.GetProperty("type").GetString()}");
                    break;
            }
        }
    }
}
