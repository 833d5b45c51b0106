using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using AutopilotTools.Model.Runtime;
using Xunit;

namespace AutopilotTools.Tests.Conformance
{
    /// <summary>The hand-written InvokeEndpoint models against the SageMaker Runtime model: same members, same names.</summary>
    public sealed class RuntimeModelConformanceTests
    {
        [ReferenceFact]
        public void InvokeEndpointModelsCarryEveryMemberUnderItsName()
        {
            var problems = new List<string>();
            foreach ((string shape, Type type) in new[] { ("InvokeEndpointInput", typeof(InvokeEndpointInput)), ("InvokeEndpointOutput", typeof(InvokeEndpointOutput)) })
            {
                JsonElement members = ReferenceModel.Runtime.GetProperty("shapes").GetProperty(shape).GetProperty("members");
                var modelNames = members.EnumerateObject().Select(m => m.Name).ToHashSet();
                var classNames = type.GetProperties().Select(p => p.Name).ToHashSet();
                problems.AddRange(modelNames.Except(classNames).Select(n => $"{type.Name} lacks {n}"));
                problems.AddRange(classNames.Except(modelNames).Select(n => $"{type.Name}.{n} is not in the model"));
                foreach (JsonProperty member in members.EnumerateObject().Where(m => classNames.Contains(m.Name)))
                {
                    string kind = ReferenceModel.Runtime.GetProperty("shapes").GetProperty(member.Value.GetProperty("shape").GetString()!).GetProperty("type").GetString()!;
                    Type expected = kind == "blob" ? typeof(byte[]) : typeof(string);
                    if (type.GetProperty(member.Name)!.PropertyType != expected)
                    {
                        problems.Add($"{type.Name}.{member.Name} should be {expected.Name} for a {kind}");
                    }
                }
            }

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }
}
