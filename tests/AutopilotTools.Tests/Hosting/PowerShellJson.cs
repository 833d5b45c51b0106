using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AutopilotTools.Tests.Hosting
{
    /// <summary>
    /// ConvertTo-Json and ConvertFrom-Json as PowerShell 7.6 does them, for the hosted engine, which has neither
    /// (they live in Microsoft.PowerShell.Commands.Utility): an object becomes every public property by reflection,
    /// nulls included, TimeSpans as their fourteen properties, times as ISO text; JSON comes back as PSCustomObjects
    /// with arrays of object. The real cmdlets are exercised by the Pester suite under pwsh.
    /// </summary>
    public static class PowerShellJson
    {
        public static string ConvertTo(object? value, int depth = 10) => Node(value, depth)?.ToJsonString() ?? "null";

        public static object? ConvertFrom(string json) => FromElement(JsonDocument.Parse(json).RootElement);

        private static JsonNode? Node(object? value, int depth)
        {
            switch (value)
            {
                case null:
                    return null;
                case PSObject wrapped:
                    return Node(wrapped.BaseObject, depth);
                case bool flag:
                    return JsonValue.Create(flag);
                case string or char or Guid or Uri:
                    return JsonValue.Create(value.ToString());
                case DateTime time:
                    return JsonValue.Create(time.ToString("o", CultureInfo.InvariantCulture));
                case double or float or decimal or int or long or short or byte:
                    return JsonNode.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                case Enum named:
                    return JsonValue.Create(Convert.ToInt64(named, CultureInfo.InvariantCulture));
            }

            if (depth < 0)
            {
                return JsonValue.Create(value.ToString());
            }

            if (value is IDictionary dictionary)
            {
                var entries = new JsonObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    entries[entry.Key.ToString()!] = Node(entry.Value, depth - 1);
                }

                return entries;
            }

            if (value is IEnumerable items)
            {
                return new JsonArray(items.Cast<object?>().Select(item => Node(item, depth - 1)).ToArray());
            }

            var members = new JsonObject();
            foreach (PropertyInfo property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                members[property.Name] = Node(property.GetValue(value), depth - 1);
            }

            return members;
        }

        private static object? FromElement(JsonElement json)
        {
            switch (json.ValueKind)
            {
                case JsonValueKind.Object:
                    var custom = new PSObject();
                    foreach (JsonProperty property in json.EnumerateObject())
                    {
                        custom.Properties.Add(new PSNoteProperty(property.Name, FromElement(property.Value)));
                    }

                    return custom;
                case JsonValueKind.Array:
                    return json.EnumerateArray().Select(FromElement).ToArray();
                case JsonValueKind.String:
                    return json.GetString();
                case JsonValueKind.Number:
                    return json.TryGetInt64(out long whole) ? whole : json.GetDouble();
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    return null;
            }
        }
    }
}
