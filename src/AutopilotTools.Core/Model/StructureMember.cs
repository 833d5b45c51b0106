using System;
using System.Reflection;

namespace AutopilotTools.Model
{
    /// <summary>One member of a model class: its wire name, the rule of its shape, and how to read and write it.</summary>
    internal sealed class StructureMember
    {
        private readonly PropertyInfo property;

        public StructureMember(PropertyInfo property, ApiMemberAttribute api)
        {
            this.property = property;
            Name = property.Name;
            Required = api.Required;
            Shape = ServiceShapes.All.TryGetValue(api.Shape, out ShapeRule? rule)
                ? rule
                : throw new InvalidOperationException($"{property.DeclaringType?.Name}.{property.Name} names shape {api.Shape}, which ServiceShapes.All does not have.");
        }

        /// <summary>The member's name as the service spells it (the property is named after it).</summary>
        public string Name { get; }

        public bool Required { get; }

        public ShapeRule Shape { get; }

        /// <summary>The property's CLR type, nullable wrapper removed (int for int?).</summary>
        public Type ValueType => Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;

        public object? Get(object instance) => property.GetValue(instance);

        public void Set(object instance, object? value) => property.SetValue(instance, value);
    }
}
