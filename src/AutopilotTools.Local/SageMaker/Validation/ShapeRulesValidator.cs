using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using AutopilotTools.Model;
using AutopilotTools.Validation;

namespace AutopilotTools.Local.SageMaker.Validation
{
    /// <summary>
    /// Until the shared validation core arrives (see <see cref="IRequestValidator"/>): checks the request's own members
    /// against the service model with <see cref="ValueRules"/> — required members present, names, enums, lengths and
    /// ranges — and leaves nested structures to the core. Messages follow the service's form.
    /// </summary>
    public sealed class ShapeRulesValidator : IRequestValidator
    {
        public IReadOnlyList<string> Validate(object request)
        {
            var problems = new List<string>();
            foreach (PropertyInfo property in request.GetType().GetProperties())
            {
                ApiMemberAttribute? member = property.GetCustomAttribute<ApiMemberAttribute>();
                if (member == null)
                {
                    continue;
                }

                object? value = property.GetValue(request);
                if (value == null)
                {
                    if (member.Required)
                    {
                        problems.Add($"Value null at '{WireName(property)}' failed to satisfy constraint: Member must not be null");
                    }

                    continue;
                }

                if (ServiceShapes.All.TryGetValue(member.Shape, out ShapeRule? rule) && IsCheckable(rule, value))
                {
                    string? broken = ValueRules.Check(rule, value);
                    if (broken != null)
                    {
                        problems.Add($"Value {Show(value)} at '{WireName(property)}' failed to satisfy constraint: Member {broken}");
                    }
                }
            }

            return problems;
        }

        private static bool IsCheckable(ShapeRule rule, object value) => rule.Kind switch
        {
            ShapeKind.String => value is string,
            ShapeKind.Integer or ShapeKind.Long or ShapeKind.Float or ShapeKind.Double => value is int or long or float or double,
            ShapeKind.List or ShapeKind.Map => value is ICollection,
            _ => false,
        };

        /// <summary>The service names members in camel case in its messages ("autoMLJobName").</summary>
        private static string WireName(PropertyInfo property) =>
            char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1);

        private static string Show(object value) => value switch
        {
            string text => "'" + text + "'",
            ICollection collection => "of " + collection.Count.ToString(CultureInfo.InvariantCulture) + " entries",
            _ => "'" + System.Convert.ToString(value, CultureInfo.InvariantCulture) + "'",
        };
    }
}
