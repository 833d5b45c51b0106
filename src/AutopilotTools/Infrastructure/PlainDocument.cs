using System.Collections;
using System.Collections.Specialized;
using System.Management.Automation;

namespace AutopilotTools.Infrastructure
{
    /// <summary>
    /// Turns what PowerShell hands a cmdlet into what the core's mapper reads, at any depth: PSObject wrappers are
    /// removed, PSCustomObjects (from ConvertFrom-Json or [pscustomobject]@{}) become ordered dictionaries of their
    /// properties, dictionaries and lists are copied with their values converted. Strings, numbers, typed models
    /// and JSON text pass through as they are.
    /// </summary>
    internal static class PlainDocument
    {
        public static object? From(object? value)
        {
            if (value is PSObject wrapped)
            {
                if (wrapped.BaseObject is PSCustomObject)
                {
                    var properties = new OrderedDictionary();
                    foreach (PSPropertyInfo property in wrapped.Properties)
                    {
                        properties[property.Name] = From(property.Value);
                    }

                    return properties;
                }

                value = wrapped.BaseObject;
            }

            switch (value)
            {
                case null:
                case string _:
                    return value;
                case IDictionary dictionary:
                    var copy = new OrderedDictionary();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        copy[entry.Key] = From(entry.Value);
                    }

                    return copy;
                case IEnumerable list when !(value is byte[]):
                    var items = new ArrayList();
                    foreach (object? item in list)
                    {
                        items.Add(From(item));
                    }

                    return items;
                default:
                    return value;
            }
        }
    }
}
