using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;

namespace AutopilotTools.Validation
{
    /// <summary>
    /// Walks a model instance depth-first, members in declaration order, and collects every way it breaks the shapes:
    /// required members, unions, unknown members, and each value against its shape (lists and maps element by element).
    /// </summary>
    internal sealed class StructureChecks
    {
        private readonly List<ValidationError> errors;

        public StructureChecks(List<ValidationError> errors) => this.errors = errors;

        public void Structure(object instance, StructureInfo structure, string path)
        {
            if (structure.IsUnion)
            {
                Union(instance, structure, path);
            }

            foreach (StructureMember member in structure.Members)
            {
                string memberPath = MemberPath.Member(path, member.Name);
                object? value = member.Get(instance);
                if (value == null)
                {
                    if (member.Required)
                    {
                        errors.Add(new ValidationError(memberPath, null, ValidationRule.Required, $"{memberPath} is required but missing."));
                    }

                    continue;
                }

                Value(value, member.Shape, memberPath);
            }

            // A typed object read from JSON keeps members the model does not know; sending them would fail.
            if (structure.AdditionalMembers?.GetValue(instance) is IDictionary extra)
            {
                foreach (DictionaryEntry entry in extra)
                {
                    errors.Add(UnknownMembers.Error(path, (string)entry.Key, entry.Value, structure));
                }
            }
        }

        private void Value(object value, ShapeRule rule, string path, CollectionElement? element = null)
        {
            foreach (RuleViolation broken in ValueRules.Violations(rule, value))
            {
                errors.Add(new ValidationError(path, value, broken.Rule, $"{path} {ValueText.Describe(value)} {broken.Text}.", shape: rule, element: element));
            }

            switch (rule.Kind)
            {
                case ShapeKind.Structure:
                    StructureInfo? structure = StructureInfo.Of(value.GetType());
                    if (structure != null)
                    {
                        Structure(value, structure, path);
                    }

                    break;
                case ShapeKind.List:
                    List((IList)value, ServiceShapes.All[rule.Member!], path);
                    break;
                case ShapeKind.Map:
                    Map((IDictionary)value, ServiceShapes.All[rule.Key!], ServiceShapes.All[rule.Value!], path);
                    break;
            }
        }

        private void List(IList items, ShapeRule element, string path)
        {
            var member = new CollectionElement(CollectionPart.ListMember, path, items);
            for (int i = 0; i < items.Count; i++)
            {
                Element(items[i], element, MemberPath.Index(path, i), member);
            }
        }

        private void Map(IDictionary entries, ShapeRule key, ShapeRule value, string path)
        {
            var mapKey = new CollectionElement(CollectionPart.MapKey, path, entries);
            var mapValue = new CollectionElement(CollectionPart.MapValue, path, entries);
            foreach (DictionaryEntry entry in entries)
            {
                string entryPath = MemberPath.Key(path, (string)entry.Key);
                Value(entry.Key, key, entryPath, mapKey);
                Element(entry.Value, value, entryPath, mapValue);
            }
        }

        private void Element(object? value, ShapeRule rule, string path, CollectionElement element)
        {
            if (value == null)
            {
                errors.Add(new ValidationError(path, null, ValidationRule.Required, $"{path} is null; list elements and map values must have a value.", element: element));
                return;
            }

            Value(value, rule, path, element);
        }

        private void Union(object instance, StructureInfo union, string path)
        {
            var set = union.Members.Where(m => m.Get(instance) != null).Select(m => m.Name).ToList();
            if (set.Count == 1)
            {
                return;
            }

            string where = path.Length == 0 ? union.Type.Name : path;
            string choices = string.Join(", ", union.Members.Select(m => m.Name));
            string found = set.Count == 0 ? "none is" : string.Join(" and ", set) + " are";
            errors.Add(new ValidationError(path, instance, ValidationRule.Union, $"{where} must have exactly one of {choices} set; {found}."));
        }
    }
}
