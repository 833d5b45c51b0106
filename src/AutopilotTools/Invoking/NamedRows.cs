using System.Collections;
using System.Collections.Specialized;
using System.Linq;
using System.Management.Automation;

namespace AutopilotTools.Invoking
{
    /// <summary>Rows given by name as PowerShell users give them: objects read as their properties, shown as @{…}.</summary>
    internal static class NamedRows
    {
        /// <summary>An object's properties in their order (an Import-Csv row's are its header's), as a dictionary.</summary>
        public static IDictionary Properties(PSObject custom)
        {
            var values = new OrderedDictionary();
            foreach (PSPropertyInfo property in custom.Properties)
            {
                values[property.Name] = property.Value;
            }

            return values;
        }

        /// <summary>A row as PowerShell would write it: @{name=value; …}.</summary>
        public static string Shown(IDictionary row) =>
            "@{" + string.Join("; ", row.Cast<DictionaryEntry>().Select(e => $"{e.Key}={e.Value}")) + "}";
    }
}
