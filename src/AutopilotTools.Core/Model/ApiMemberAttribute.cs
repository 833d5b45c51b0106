using System;

namespace AutopilotTools.Model
{
    /// <summary>
    /// Marks a property as a member of a service structure: the shape whose rules its value follows, and whether
    /// the structure must carry it. The validation core reads this; the property's name is the wire name.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
    public sealed class ApiMemberAttribute : Attribute
    {
        public ApiMemberAttribute(string shape) => Shape = shape;

        /// <summary>The service model's shape name for this member's value, a key of <see cref="ServiceShapes.All"/>.</summary>
        public string Shape { get; }

        /// <summary>True when the structure is invalid without this member.</summary>
        public bool Required { get; set; }
    }

    /// <summary>Marks a structure of which exactly one member may be set (a tagged union in the service model).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class ApiUnionAttribute : Attribute
    {
    }
}
