using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using System.Reflection;
using AutopilotTools.Model;

namespace AutopilotTools.Requests
{
    /// <summary>
    /// A request document to fill in, made from the model classes: every member (or only the required ones) with a
    /// placeholder that says what goes there — "" for text, "A|B|C" for an enum, 0 for numbers, false for flags, one
    /// element for lists and one entry for maps. Like the AWS CLI's --generate-cli-skeleton, as nested ordered
    /// dictionaries that PowerShell splats and shows readably.
    /// </summary>
    public static class RequestSkeleton
    {
        /// <param name="modelType">A generated request class.</param>
        /// <param name="requiredOnly">Only members the service requires (structures that are reached anyway keep their required members).</param>
        /// <param name="unionChoice">For union structures, the one member to include (e.g. TabularJobConfig); all of them when null.</param>
        public static OrderedDictionary For(Type modelType, bool requiredOnly = false, string? unionChoice = null) =>
            Structure(modelType, requiredOnly, unionChoice, depth: 0);

        private static OrderedDictionary Structure(Type type, bool requiredOnly, string? unionChoice, int depth)
        {
            var document = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
            bool isUnion = type.GetCustomAttribute<ApiUnionAttribute>() != null;
            foreach (PropertyInfo property in type.GetProperties())
            {
                ApiMemberAttribute? member = property.GetCustomAttribute<ApiMemberAttribute>();
                if (member == null)
                {
                    continue;
                }

                if (isUnion ? unionChoice != null && !string.Equals(property.Name, unionChoice, StringComparison.OrdinalIgnoreCase)
                            : requiredOnly && !member.Required)
                {
                    continue;
                }

                document[property.Name] = Placeholder(member.Shape, requiredOnly, unionChoice, depth + 1);
            }

            return document;
        }

        private static object? Placeholder(string shapeName, bool requiredOnly, string? unionChoice, int depth)
        {
            ShapeRule rule = ServiceShapes.All[shapeName];
            if (depth > 16)
            {
                // The models are not recursive today; a future recursive shape stops here rather than looping.
                return null;
            }

            switch (rule.Kind)
            {
                case ShapeKind.Structure:
                    return Structure(rule.ClrType!, requiredOnly, unionChoice, depth);
                case ShapeKind.List:
                    return new ArrayList { Placeholder(rule.Member!, requiredOnly, unionChoice, depth + 1) };
                case ShapeKind.Map:
                    return new OrderedDictionary { [Placeholder(rule.Key!, requiredOnly, unionChoice, depth + 1) ?? string.Empty] = Placeholder(rule.Value!, requiredOnly, unionChoice, depth + 1) };
                case ShapeKind.String:
                    return rule.Enum != null ? string.Join("|", rule.Enum) : string.Empty;
                case ShapeKind.Boolean:
                    return false;
                case ShapeKind.Integer:
                case ShapeKind.Long:
                    return 0;
                case ShapeKind.Float:
                case ShapeKind.Double:
                    return 0.0;
                case ShapeKind.Timestamp:
                    return DateTime.MinValue;
                default:
                    return null;
            }
        }
    }
}
