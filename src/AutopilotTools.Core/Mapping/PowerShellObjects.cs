using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Specialized;
using System.Reflection;

namespace AutopilotTools.Mapping
{
    /// <summary>
    /// PowerShell hands values over wrapped in PSObject, and ConvertFrom-Json or [pscustomobject]@{...} make objects
    /// whose members live only in the wrapper. The core has no PowerShell reference (the local server shares it), so
    /// it knows these types by name and reads them by reflection: a wrapper becomes the object it wraps, and a custom
    /// object becomes an ordered dictionary of its properties.
    /// </summary>
    internal static class PowerShellObjects
    {
        private const string PSObjectType = "System.Management.Automation.PSObject";

        private const string PSCustomObjectType = "System.Management.Automation.PSCustomObject";

        private static readonly ConcurrentDictionary<(System.Type, string), PropertyInfo?> Properties = new ConcurrentDictionary<(System.Type, string), PropertyInfo?>();

        public static object? Unwrap(object? value)
        {
            while (value != null && value.GetType().FullName == PSObjectType)
            {
                object? inner = Read(value, "BaseObject");
                if (inner != null && inner.GetType().FullName == PSCustomObjectType)
                {
                    return PropertiesOf(value);
                }

                if (ReferenceEquals(inner, value))
                {
                    break;
                }

                value = inner;
            }

            return value;
        }

        private static IDictionary PropertiesOf(object psObject)
        {
            var entries = new OrderedDictionary();
            if (Read(psObject, "Properties") is IEnumerable properties)
            {
                foreach (object property in properties)
                {
                    if (Read(property, "Name") is string name)
                    {
                        entries[name] = Read(property, "Value");
                    }
                }
            }

            return entries;
        }

        private static object? Read(object instance, string name) =>
            Properties.GetOrAdd((instance.GetType(), name), key => key.Item1.GetProperty(key.Item2, BindingFlags.Public | BindingFlags.Instance))?.GetValue(instance);
    }
}
