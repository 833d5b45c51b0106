using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AutopilotTools.Model;

namespace AutopilotTools.Validation
{
    /// <summary>
    /// The validation errors in the words AWS services answer with (the local server's ValidationException):
    /// <c>Value 'bad_name!' at 'autoMLJobName' failed to satisfy constraint: Member must satisfy regular expression
    /// pattern: ...</c>. The constraint comes from the same shape rule the module's own sentence states; errors that
    /// have no constraint form (unions, unknown members, cross-field rules) keep the module's sentence.
    /// <para>A list element or map entry is reported at its list or map, as the services do: <c>Member must satisfy
    /// constraint: [...]</c>, <c>Map keys must satisfy constraint: [...]</c>, <c>Map value must satisfy constraint: [...]</c>,
    /// each collection and part once with every constraint its elements break.</para>
    /// </summary>
    public static class AwsValidationMessages
    {
        /// <summary>One message per problem, in the order of <paramref name="errors"/>.</summary>
        public static IReadOnlyList<string> Format(IReadOnlyList<ValidationError> errors)
        {
            var messages = new List<string>();
            var elementMessages = new Dictionary<(string, CollectionPart), (int Index, CollectionElement Element, List<string> Constraints)>();
            foreach (ValidationError error in errors)
            {
                string? constraint = Constraint(error);
                if (constraint == null)
                {
                    messages.Add(error.Message);
                }
                else if (error.Element == null)
                {
                    messages.Add(Sentence(error.Value, error.Path, constraint));
                }
                else if (elementMessages.TryGetValue((error.Element.CollectionPath, error.Element.Part), out var grouped))
                {
                    if (!grouped.Constraints.Contains(constraint))
                    {
                        grouped.Constraints.Add(constraint);
                    }
                }
                else
                {
                    elementMessages.Add((error.Element.CollectionPath, error.Element.Part), (messages.Count, error.Element, new List<string> { constraint }));
                    messages.Add(string.Empty);
                }
            }

            foreach ((int index, CollectionElement element, List<string> constraints) in elementMessages.Values)
            {
                string part = element.Part switch
                {
                    CollectionPart.MapKey => "Map keys must satisfy constraint",
                    CollectionPart.MapValue => "Map value must satisfy constraint",
                    _ => "Member must satisfy constraint",
                };
                messages[index] = Sentence(element.Collection, element.CollectionPath, $"{part}: [{string.Join(", ", constraints)}]");
            }

            return messages;
        }

        /// <summary>The constraint the error breaks in the services' words, or null when it has none.</summary>
        public static string? Constraint(ValidationError error)
        {
            ShapeRule? shape = error.Shape;
            switch (error.Rule)
            {
                case ValidationRule.Required:
                    return "Member must not be null";
                case ValidationRule.Pattern when shape?.Pattern != null:
                    return "Member must satisfy regular expression pattern: " + shape.Pattern;
                case ValidationRule.Enum when shape?.Enum != null:
                    return $"Member must satisfy enum value set: [{string.Join(", ", shape.Enum)}]";
                case ValidationRule.Length when error.Value is string text && shape != null:
                    return Bound("length", text.Length, shape);
                case ValidationRule.Count when error.Value is ICollection collection && shape != null:
                    return Bound("length", collection.Count, shape);
                case ValidationRule.Range when error.Value != null && shape != null:
                    return Bound("value", Convert.ToDouble(error.Value, CultureInfo.InvariantCulture), shape);
                default:
                    return null;
            }
        }

        private static string Bound(string what, double actual, ShapeRule shape) => shape.Max.HasValue && actual > shape.Max
            ? FormattableString.Invariant($"Member must have {what} less than or equal to {shape.Max}")
            : FormattableString.Invariant($"Member must have {what} greater than or equal to {shape.Min}");

        private static string Sentence(object? value, string path, string constraint) =>
            $"Value {Shown(value)}at '{AwsMemberPath.From(path)}' failed to satisfy constraint: {constraint}";

        /// <summary>The value as the services show it (quoted, Java's list and map forms); nothing for a structure.</summary>
        private static string Shown(object? value) => value switch
        {
            null => "null ",
            string or bool or IFormattable or IList or IDictionary => $"'{Text(value)}' ",
            _ => string.Empty,
        };

        private static string Text(object? value) => value switch
        {
            null => "null",
            string text => text,
            bool flag => flag ? "true" : "false",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            IDictionary map => "{" + string.Join(", ", Entries(map).Select(e => $"{Text(e.Key)}={Text(e.Value)}")) + "}",
            IList list => "[" + string.Join(", ", list.Cast<object?>().Select(Text)) + "]",
            _ => value.GetType().Name,
        };

        /// <summary>Through IDictionary's own enumerator: a generic dictionary enumerates KeyValuePairs otherwise.</summary>
        private static IEnumerable<DictionaryEntry> Entries(IDictionary map)
        {
            foreach (DictionaryEntry entry in map)
            {
                yield return entry;
            }
        }
    }
}
