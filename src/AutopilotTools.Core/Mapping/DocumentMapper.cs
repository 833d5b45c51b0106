using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;
using AutopilotTools.Validation;

namespace AutopilotTools.Mapping
{
    /// <summary>
    /// Maps one input document onto model classes, member by member, following each member's shape; collects an
    /// error (with the member path) for every key it does not know and every value it cannot hold, and goes on.
    /// </summary>
    internal sealed class DocumentMapper
    {
        private readonly List<ValidationError> errors;

        public DocumentMapper(List<ValidationError> errors) => this.errors = errors;

        /// <summary>A model instance of <paramref name="structure"/> from <paramref name="source"/>; null when it is no structure at all.</summary>
        public object? Structure(object source, StructureInfo structure, string path)
        {
            if (structure.Type.IsInstanceOfType(source))
            {
                return source;
            }

            if (StructureInfo.Of(source.GetType()) != null || !InputShapes.TryEntries(source, out var entries))
            {
                return WrongType(path, source, StructureInfo.Of(source.GetType()) != null ? "a " + structure.Type.Name : ScalarConverter.Expected(ShapeKind.Structure));
            }

            object instance = Activator.CreateInstance(structure.Type)!;
            foreach (KeyValuePair<string, object?> entry in entries)
            {
                StructureMember? member = structure.Find(entry.Key);
                if (member == null)
                {
                    // A null member is an absent one, as the service writes documents (ConvertTo-Json writes them all).
                    if (InputShapes.IsNull(PowerShellObjects.Unwrap(entry.Value)))
                    {
                        continue;
                    }

                    errors.Add(UnknownMembers.Error(path, entry.Key, Detached(entry.Value), structure));
                    continue;
                }

                object? value = Value(entry.Value, member.Shape, member.ValueType, MemberPath.Member(path, member.Name));
                if (value != null)
                {
                    member.Set(instance, value);
                }
            }

            return instance;
        }

        /// <summary>The value of a member (or list element, or map value) of shape <paramref name="rule"/> and CLR type <paramref name="type"/>.</summary>
        private object? Value(object? given, ShapeRule rule, Type type, string path)
        {
            object? source = PowerShellObjects.Unwrap(given);
            if (InputShapes.IsNull(source))
            {
                return null;
            }

            switch (rule.Kind)
            {
                case ShapeKind.Structure:
                    return Structure(source!, StructureInfo.Of(type)!, path);
                case ShapeKind.List:
                    return List(source!, ServiceShapes.All[rule.Member!], type, path);
                case ShapeKind.Map:
                    return Map(source!, ServiceShapes.All[rule.Key!], ServiceShapes.All[rule.Value!], type, path);
                default:
                    return Scalar(source!, rule, path);
            }
        }

        private object? List(object source, ShapeRule element, Type listType, string path)
        {
            Type elementType = listType.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(listType)!;

            // PowerShell unrolls a one-element array into its element, so a single value stands for a list of one.
            IEnumerable<object?> items = InputShapes.TryItems(source, out var many) ? many : new[] { source };
            int index = 0;
            foreach (object? item in items)
            {
                string itemPath = MemberPath.Index(path, index++);
                if (InputShapes.IsNull(PowerShellObjects.Unwrap(item)))
                {
                    WrongType(itemPath, null, ScalarConverter.Expected(element.Kind) + " (list elements cannot be null)");
                    continue;
                }

                object? value = Value(item, element, elementType, itemPath);
                if (value != null)
                {
                    list.Add(value);
                }
            }

            return list;
        }

        private object? Map(object source, ShapeRule key, ShapeRule value, Type mapType, string path)
        {
            if (!InputShapes.TryEntries(source, out var entries))
            {
                return WrongType(path, source, ScalarConverter.Expected(ShapeKind.Map));
            }

            Type valueType = mapType.GetGenericArguments()[1];
            var map = (IDictionary)Activator.CreateInstance(mapType)!;
            foreach (KeyValuePair<string, object?> entry in entries)
            {
                string name = Canonical(entry.Key, key);
                string entryPath = MemberPath.Key(path, name);
                if (InputShapes.IsNull(PowerShellObjects.Unwrap(entry.Value)))
                {
                    WrongType(entryPath, null, ScalarConverter.Expected(value.Kind) + " (map values cannot be null)");
                    continue;
                }

                object? converted = Value(entry.Value, value, valueType, entryPath);
                if (converted != null)
                {
                    map[name] = converted;
                }
            }

            return map;
        }

        private object? Scalar(object source, ShapeRule rule, string path)
        {
            // A byte array is enumerable, but it is exactly what a blob holds.
            bool container = !(source is byte[]) && (InputShapes.TryItems(source, out _) || InputShapes.TryEntries(source, out _));
            if (container || !ScalarConverter.TryConvert(source, rule.Kind, out object? value))
            {
                return WrongType(path, source, ScalarConverter.Expected(rule.Kind));
            }

            return value is string text ? Canonical(text, rule) : value;
        }

        /// <summary>An enum value in the model's casing when it matches one ignoring case; anything else as given, for the validator to judge.</summary>
        private static string Canonical(string text, ShapeRule rule) =>
            rule.Enum?.FirstOrDefault(v => string.Equals(v, text, StringComparison.Ordinal))
            ?? rule.Enum?.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase))
            ?? text;

        private object? WrongType(string path, object? source, string expected)
        {
            string where = path.Length == 0 ? "The input" : path;
            string given = source == null ? "null" : SourceText.Describe(source);
            errors.Add(new ValidationError(path, Detached(source), ValidationRule.WrongType, $"{where} must be {expected}, not {given}."));
            return null;
        }

        /// <summary>An error outlives the JSON document it came from, so a JsonElement it keeps is copied out of it.</summary>
        private static object? Detached(object? value) => value is System.Text.Json.JsonElement json ? json.Clone() : value;
    }
}
