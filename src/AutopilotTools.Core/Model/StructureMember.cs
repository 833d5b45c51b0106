using System;
using System.Reflection;

namespace AutopilotTools.Model
{
    /// <summary>One member of a model class: its wire name, the rule of its shape, and how to read and write it.</summary>
    internal sealed class StructureMember
    {
        private readonly PropertyInfo property;
        private readonly string shapeName;
        private ShapeRule? shape;

        public StructureMember(PropertyInfo property, ApiMemberAttribute api)
        {
            this.property = property;
            Name = property.Name;
            Required = api.Required;
            shapeName = api.Shape;
        }

        /// <summary>The member's name as the service spells it (the property is named after it).</summary>
        public string Name { get; }

        public bool Required { get; }

        /// <summary>
        /// Looked up when first asked for: copying and walking an object (every output does) needs the members, not
        /// their rules, and a session's first call made a rule for every member of every nested object.
        /// </summary>
        public ShapeRule Shape => shape ??= ServiceShapes.All.TryGetValue(shapeName, out ShapeRule? rule)
            ? rule
            : throw new InvalidOperationException($"{property.DeclaringType?.Name}.{property.Name} names shape {shapeName}, which ServiceShapes.All does not have.");

        /// <summary>The property's CLR type, nullable wrapper removed (int for int?).</summary>
        public Type ValueType => Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;

        public object? Get(object instance) => property.GetValue(instance);

        public void Set(object instance, object? value) => property.SetValue(instance, value);
    }
}
