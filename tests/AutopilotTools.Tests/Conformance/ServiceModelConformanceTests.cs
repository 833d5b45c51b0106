using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.Conformance
{
    /// <summary>
    /// Checks the generated models, shape rules, operation list and client interface against the service model file
    /// itself, so a model that drifted from the file (or a hand edit of generated code) fails here. Each test collects
    /// every mismatch and fails once with the whole list.
    /// </summary>
    public sealed class ServiceModelConformanceTests
    {
        private const BindingFlags PublicInstance = BindingFlags.Public | BindingFlags.Instance;

        [ReferenceFact]
        public void Every_structure_the_operations_use_matches_its_class()
        {
            JsonElement shapes = ReferenceModel.Shapes;
            var problems = StructuresUsedByOperations(ReferenceModel.Root).SelectMany(name => CompareStructure(shapes, name)).ToList();
            AssertNoMismatches(problems, "the model classes");
        }

        [ReferenceFact]
        public void Shape_rules_state_what_the_model_states()
        {
            var problems = new List<string>();
            var modelNames = ReferenceModel.Shapes.EnumerateObject().Select(p => p.Name).ToList();
            problems.AddRange(modelNames.Except(ServiceShapes.All.Keys).Select(n => $"{n}: missing from ServiceShapes.All"));
            problems.AddRange(ServiceShapes.All.Keys.Except(modelNames).Select(n => $"{n}: in ServiceShapes.All but not in the model"));

            foreach (JsonProperty entry in ReferenceModel.Shapes.EnumerateObject())
            {
                if (!ServiceShapes.All.TryGetValue(entry.Name, out ShapeRule? rule))
                {
                    continue;
                }

                JsonElement shape = entry.Value;
                string type = shape.GetProperty("type").GetString()!;
                bool isModelClass = type == "structure" && !Flag(shape, "exception");
                Compare(problems, entry.Name, "Name", entry.Name, rule.Name);
                Compare(problems, entry.Name, "Kind", Enum.TryParse(type, ignoreCase: true, out ShapeKind kind) ? kind : (ShapeKind?)null, rule.Kind);
                Compare(problems, entry.Name, "Min", Number(shape, "min"), rule.Min);
                Compare(problems, entry.Name, "Max", Number(shape, "max"), rule.Max);
                Compare(problems, entry.Name, "Pattern", Text(shape, "pattern"), rule.Pattern);
                Compare(problems, entry.Name, "Enum", Describe(Strings(shape, "enum")), Describe(rule.Enum));
                Compare(problems, entry.Name, "Member", ShapeRef(shape, "member"), rule.Member);
                Compare(problems, entry.Name, "Key", ShapeRef(shape, "key"), rule.Key);
                Compare(problems, entry.Name, "Value", ShapeRef(shape, "value"), rule.Value);
                Compare(problems, entry.Name, "ClrType", isModelClass ? ModelType(entry.Name) : null, rule.ClrType);
            }

            AssertNoMismatches(problems, "ServiceShapes.All");
        }

        [ReferenceFact]
        public void Enum_classes_hold_the_model_values_in_order()
        {
            var problems = new List<string>();
            foreach (JsonProperty entry in ReferenceModel.Shapes.EnumerateObject())
            {
                List<string>? values = Strings(entry.Value, "enum");
                if (values == null)
                {
                    continue;
                }

                Type? type = ModelType(entry.Name);
                if (type == null || !(type.IsAbstract && type.IsSealed))
                {
                    problems.Add($"{entry.Name}: no static class AutopilotTools.Model.{entry.Name}");
                    continue;
                }

                var listed = type.GetField("Values")?.GetValue(null) as IEnumerable<string>;
                Compare(problems, entry.Name, "Values", Describe(values), Describe(listed));

                var constants = type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
                Compare(problems, entry.Name, "constants", Describe(values.OrderBy(v => v, StringComparer.Ordinal)), Describe(constants.OrderBy(v => v, StringComparer.Ordinal)));
            }

            AssertNoMismatches(problems, "the enum classes");
        }

        [ReferenceFact]
        public void Operation_list_and_client_interface_match_the_model()
        {
            var problems = new List<string>();
            var operations = ReferenceModel.Operations.EnumerateObject().ToList();
            var listed = SageMakerOperations.All.GroupBy(o => o.Name).ToDictionary(g => g.Key, g => g.ToList());
            problems.AddRange(listed.Keys.Except(operations.Select(o => o.Name)).Select(n => $"{n}: in SageMakerOperations.All but not in the model"));
            problems.AddRange(listed.Where(l => l.Value.Count > 1).Select(l => $"{l.Key}: listed {l.Value.Count} times in SageMakerOperations.All"));
            MethodInfo[] methods = typeof(ISageMakerApi).GetMethods();

            foreach (JsonProperty op in operations)
            {
                Type? request = ModelType(ShapeRef(op.Value, "input")!);
                string? outputShape = ShapeRef(op.Value, "output");
                Type? response = outputShape == null ? null : ModelType(outputShape);

                Compare(problems, op.Name, "constant", op.Name, typeof(SageMakerOperations).GetField(op.Name)?.GetRawConstantValue());
                if (!listed.TryGetValue(op.Name, out var entries))
                {
                    problems.Add($"{op.Name}: missing from SageMakerOperations.All");
                }
                else
                {
                    Compare(problems, op.Name, "Request", request, entries[0].Request);
                    Compare(problems, op.Name, "Response", response, entries[0].Response);
                }

                var named = methods.Where(m => m.Name == op.Name + "Async").ToList();
                if (named.Count != 1)
                {
                    problems.Add($"ISageMakerApi.{op.Name}Async: {named.Count} methods, expected exactly one");
                    continue;
                }

                string where = $"ISageMakerApi.{named[0].Name}";
                Compare(problems, where, "parameters", Describe(new[] { request, typeof(CancellationToken) }), Describe(named[0].GetParameters().Select(p => p.ParameterType)));
                Compare(problems, where, "return type", MakeGeneric(typeof(Task<>), response ?? typeof(EmptyResponse)), named[0].ReturnType);
            }

            AssertNoMismatches(problems, "SageMakerOperations and ISageMakerApi");
        }

        [ReferenceFact]
        public void Structure_check_reports_a_member_renamed_in_the_model()
        {
            // Any structure would do: take the first operation's input and rename its first member in a private copy.
            JsonObject model = ReferenceModel.LoadEditableCopy();
            string shapeName = (string)model["operations"]!.AsObject().First().Value!["input"]!["shape"]!;
            JsonObject members = model["shapes"]![shapeName]!["members"]!.AsObject();
            string original = members.First().Key;
            string renamed = original + "Renamed";
            JsonNode? definition = members[original];
            members.Remove(original);
            members[renamed] = definition;

            using JsonDocument altered = JsonDocument.Parse(model.ToJsonString());
            var problems = CompareStructure(altered.RootElement.GetProperty("shapes"), shapeName).ToList();

            Assert.Empty(CompareStructure(ReferenceModel.Shapes, shapeName));
            Assert.Contains(problems, p => p.StartsWith($"{shapeName}.{renamed}: no such property", StringComparison.Ordinal));
            Assert.Contains(problems, p => p.StartsWith($"{shapeName}.{original}: property not in the model", StringComparison.Ordinal));
        }

        /// <summary>Every way the class of structure <paramref name="name"/> differs from the model's definition of it.</summary>
        private static IEnumerable<string> CompareStructure(JsonElement shapes, string name)
        {
            JsonElement shape = shapes.GetProperty(name);
            Type? type = ModelType(name);
            if (type == null)
            {
                yield return $"{name}: no class AutopilotTools.Model.{name}";
                yield break;
            }

            bool union = Flag(shape, "union");
            if (union != type.IsDefined(typeof(ApiUnionAttribute)))
            {
                yield return $"{name}: [ApiUnion] is {(union ? "missing" : "present")}, the model says union = {union}";
            }

            var required = Strings(shape, "required") ?? new List<string>();
            var members = shape.GetProperty("members").EnumerateObject().ToList();
            foreach (JsonProperty member in members)
            {
                string where = $"{name}.{member.Name}";
                string memberShape = member.Value.GetProperty("shape").GetString()!;
                PropertyInfo? property = type.GetProperty(member.Name, PublicInstance);
                if (property == null)
                {
                    yield return $"{where}: no such property";
                    continue;
                }

                Type? expected = ExpectedClrType(shapes, memberShape, nullable: true);
                if (expected != property.PropertyType)
                {
                    yield return $"{where}: type is {property.PropertyType}, shape {memberShape} needs {expected?.ToString() ?? "a class that is missing"}";
                }

                ApiMemberAttribute? api = property.GetCustomAttribute<ApiMemberAttribute>();
                if (api == null)
                {
                    yield return $"{where}: no [ApiMember]";
                    continue;
                }

                if (api.Shape != memberShape)
                {
                    yield return $"{where}: [ApiMember] shape is {api.Shape}, the model says {memberShape}";
                }

                if (api.Required != required.Contains(member.Name))
                {
                    yield return $"{where}: [ApiMember] Required is {api.Required}, the model says {!api.Required}";
                }
            }

            var known = members.Select(m => m.Name).ToList();
            foreach (PropertyInfo extra in type.GetProperties(PublicInstance).Where(p => !known.Contains(p.Name)))
            {
                yield return $"{name}.{extra.Name}: property not in the model";
            }

            // Not public, so that PowerShell shows the API's members only; the serializer still fills it.
            PropertyInfo? additional = type.GetProperty("AdditionalMembers", BindingFlags.NonPublic | BindingFlags.Instance);
            if (additional == null || additional.GetCustomAttribute<System.Text.Json.Serialization.JsonExtensionDataAttribute>() == null)
            {
                yield return $"{name}: no non-public extension-data AdditionalMembers property";
            }
        }

        /// <summary>The names of all structures reachable from the operations' inputs and outputs, through lists, maps and members.</summary>
        private static IEnumerable<string> StructuresUsedByOperations(JsonElement model)
        {
            JsonElement shapes = model.GetProperty("shapes");
            var pending = new Stack<string>(model.GetProperty("operations").EnumerateObject()
                .SelectMany(op => new[] { ShapeRef(op.Value, "input"), ShapeRef(op.Value, "output") })
                .OfType<string>());
            var seen = new SortedSet<string>(StringComparer.Ordinal);
            while (pending.Count > 0)
            {
                string name = pending.Pop();
                if (!seen.Add(name))
                {
                    continue;
                }

                JsonElement shape = shapes.GetProperty(name);
                var next = shape.TryGetProperty("members", out JsonElement members)
                    ? members.EnumerateObject().Select(m => m.Value.GetProperty("shape").GetString())
                    : new[] { ShapeRef(shape, "member"), ShapeRef(shape, "value") };
                foreach (string target in next.OfType<string>())
                {
                    pending.Push(target);
                }
            }

            return seen.Where(name => shapes.GetProperty(name).GetProperty("type").GetString() == "structure");
        }

        /// <summary>The CLR type a shape maps to; null when a class it needs is missing (reported on its own).</summary>
        private static Type? ExpectedClrType(JsonElement shapes, string shapeName, bool nullable)
        {
            JsonElement shape = shapes.GetProperty(shapeName);
            Type? type = shape.GetProperty("type").GetString() switch
            {
                "string" => typeof(string),
                "integer" => typeof(int),
                "long" => typeof(long),
                "float" or "double" => typeof(double),
                "boolean" => typeof(bool),
                "timestamp" => typeof(DateTime),
                "blob" => typeof(byte[]),
                "list" => MakeGeneric(typeof(List<>), ExpectedClrType(shapes, ShapeRef(shape, "member")!, nullable: false)),
                "map" => MakeGeneric(typeof(Dictionary<,>), typeof(string), ExpectedClrType(shapes, ShapeRef(shape, "value")!, nullable: false)),
                "structure" => ModelType(shapeName),
                var other => throw new InvalidOperationException($"Shape {shapeName} has type {other}, which the test does not know."),
            };
            return nullable && type is { IsValueType: true } ? typeof(Nullable<>).MakeGenericType(type) : type;
        }

        private static Type? ModelType(string name) => typeof(ShapeRule).Assembly.GetType("AutopilotTools.Model." + name, throwOnError: false);

        private static Type? MakeGeneric(Type definition, params Type?[] arguments) =>
            arguments.Any(a => a == null) ? null : definition.MakeGenericType(arguments!);

        private static string? ShapeRef(JsonElement owner, string property) =>
            owner.TryGetProperty(property, out JsonElement target) ? target.GetProperty("shape").GetString() : null;

        private static bool Flag(JsonElement shape, string property) => shape.TryGetProperty(property, out JsonElement flag) && flag.GetBoolean();

        private static double? Number(JsonElement shape, string property) => shape.TryGetProperty(property, out JsonElement n) ? n.GetDouble() : null;

        private static string? Text(JsonElement shape, string property) => shape.TryGetProperty(property, out JsonElement s) ? s.GetString() : null;

        private static List<string>? Strings(JsonElement shape, string property) =>
            shape.TryGetProperty(property, out JsonElement array) ? array.EnumerateArray().Select(v => v.GetString()!).ToList() : null;

        /// <summary>A sequence as one comparable, readable string; order matters.</summary>
        private static string? Describe<T>(IEnumerable<T>? items) => items == null ? null : "[" + string.Join(", ", items.Select(i => $"{i}")) + "]";

        private static void Compare<T>(List<string> problems, string subject, string what, T expected, T actual)
        {
            if (!EqualityComparer<T>.Default.Equals(expected, actual))
            {
                problems.Add($"{subject}: {what} is {(object?)actual ?? "(none)"}, the model says {(object?)expected ?? "(none)"}");
            }
        }

        private static void AssertNoMismatches(List<string> problems, string what)
        {
            if (problems.Count > 0)
            {
                string nl = Environment.NewLine;
                Assert.Fail($"{problems.Count} mismatch(es) between {what} and the SageMaker service model:{nl}  {string.Join(nl + "  ", problems)}");
            }
        }
    }
}
