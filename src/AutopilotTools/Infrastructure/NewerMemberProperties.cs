using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Text.Json;
using AutopilotTools.Model;

namespace AutopilotTools.Infrastructure
{
    /// <summary>
    /// Members the service added after this module was built arrive in the model's hidden extension data; PowerShell
    /// users reach every member by its API name on the object itself, so each such member becomes a note property
    /// (on nested objects too: PowerShell keeps a .NET object's notes for as long as the object lives), holding plain
    /// PowerShell values rather than JSON elements.
    /// </summary>
    internal static class NewerMemberProperties
    {
        private static readonly ConcurrentDictionary<System.Type, PropertyInfo[]> Nested = new ConcurrentDictionary<System.Type, PropertyInfo[]>();

        /// <summary>Adds the notes throughout <paramref name="model"/>'s object graph; returns it, wrapped.</summary>
        public static PSObject Attach(object model)
        {
            PSObject shown = PSObject.AsPSObject(model);
            Walk(model, new HashSet<object>(ReferenceComparer.Instance));
            return shown;
        }

        private static void Walk(object? value, HashSet<object> seen)
        {
            if (value == null || value is string || value.GetType().IsValueType || !seen.Add(value))
            {
                return;
            }

            if (value is IDictionary dictionary)
            {
                foreach (object? entry in dictionary.Values)
                {
                    Walk(entry, seen);
                }

                return;
            }

            if (value is IEnumerable items)
            {
                foreach (object? item in items)
                {
                    Walk(item, seen);
                }

                return;
            }

            if (!IsModel(value.GetType()))
            {
                return;
            }

            IReadOnlyDictionary<string, JsonElement> newer = NewerMembers.Of(value);
            if (newer.Count > 0)
            {
                PSMemberInfoCollection<PSPropertyInfo> properties = PSObject.AsPSObject(value).Properties;
                foreach (KeyValuePair<string, JsonElement> member in newer.Where(m => properties[m.Key] == null))
                {
                    properties.Add(new PSNoteProperty(member.Key, Plain(member.Value)));
                }
            }

            foreach (PropertyInfo property in Nested.GetOrAdd(value.GetType(), NestedOf))
            {
                Walk(property.GetValue(value), seen);
            }
        }

        /// <summary>JSON as ConvertFrom-Json would give it: objects as PSCustomObjects, arrays, strings, numbers, booleans.</summary>
        internal static object? Plain(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var shaped = new PSObject();
                    foreach (JsonProperty property in element.EnumerateObject())
                    {
                        shaped.Properties.Add(new PSNoteProperty(property.Name, Plain(property.Value)));
                    }

                    return shaped;
                case JsonValueKind.Array:
                    return element.EnumerateArray().Select(Plain).ToArray();
                case JsonValueKind.String:
                    return element.GetString();
                case JsonValueKind.Number:
                    return element.TryGetInt64(out long whole) ? whole : (object)element.GetDouble();
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    return null;
            }
        }

        private static bool IsModel(System.Type type) => type.Assembly == typeof(NewerMembers).Assembly;

        /// <summary>The properties that may hold model objects, read once per class.</summary>
        private static PropertyInfo[] NestedOf(System.Type type) =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && IsModelOrCollection(p.PropertyType))
                .ToArray();

        private static bool IsModelOrCollection(System.Type type) =>
            IsModel(type) || (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type));

        private sealed class ReferenceComparer : IEqualityComparer<object>
        {
            public static readonly ReferenceComparer Instance = new ReferenceComparer();

            public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

            public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }
    }
}
