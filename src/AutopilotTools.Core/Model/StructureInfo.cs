using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace AutopilotTools.Model
{
    /// <summary>
    /// What the validator and the mapper need to know about a model class, read once per type by reflection and
    /// cached: its members in declaration order (so that errors come out in a stable order), whether it is a union,
    /// and where it keeps members the model does not know.
    /// </summary>
    internal sealed class StructureInfo
    {
        private static readonly ConcurrentDictionary<Type, StructureInfo?> Cache = new ConcurrentDictionary<Type, StructureInfo?>();

        private readonly Dictionary<string, StructureMember> byName;

        private StructureInfo(Type type, IReadOnlyList<StructureMember> members)
        {
            Type = type;
            Members = members;
            IsUnion = type.IsDefined(typeof(ApiUnionAttribute), inherit: false);
            AdditionalMembers = type.GetProperty("AdditionalMembers", BindingFlags.NonPublic | BindingFlags.Instance);
            byName = members.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
        }

        public Type Type { get; }

        public bool IsUnion { get; }

        public IReadOnlyList<StructureMember> Members { get; }

        /// <summary>The JsonExtensionData property holding members the model does not know, if the class has one.</summary>
        public PropertyInfo? AdditionalMembers { get; }

        /// <summary>The model class's metadata, or null when <paramref name="type"/> is not a model class.</summary>
        public static StructureInfo? Of(Type type) => Cache.GetOrAdd(type, Read);

        /// <summary>The member called <paramref name="name"/>, whatever its casing; null when there is none.</summary>
        public StructureMember? Find(string name) => byName.TryGetValue(name, out StructureMember? member) ? member : null;

        private static StructureInfo? Read(Type type)
        {
            // A loop rather than a query: on a session's first call every generic instantiation is compiled on the spot.
            PropertyInfo[] properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
            // MetadataToken order is declaration order, which the generator writes in the model's member order.
            Array.Sort(properties, (a, b) => a.MetadataToken.CompareTo(b.MetadataToken));
            var members = new List<StructureMember>(properties.Length);
            foreach (PropertyInfo property in properties)
            {
                ApiMemberAttribute? api = property.GetCustomAttribute<ApiMemberAttribute>();
                if (api != null)
                {
                    members.Add(new StructureMember(property, api));
                }
            }

            return members.Count > 0 || IsShapeClass(type) ? new StructureInfo(type, members) : null;
        }

        /// <summary>A model class without members (an empty output): the shape of its name is a structure of this class.</summary>
        private static bool IsShapeClass(Type type) => ServiceShapes.All.TryGetValue(type.Name, out ShapeRule? rule) && rule.ClrType == type;
    }
}
