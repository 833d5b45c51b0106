using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace AutopilotTools.Mapping
{
    /// <summary>
    /// Reads any input value as one of three things: entries (a dictionary or a JSON object), items (a list, a JSON
    /// array, any enumerable but a string) or a scalar. PowerShell wrappers are removed first.
    /// </summary>
    internal static class InputShapes
    {
        public static bool IsNull(object? value) =>
            value == null || (value is JsonElement json && (json.ValueKind == JsonValueKind.Null || json.ValueKind == JsonValueKind.Undefined));

        public static bool TryEntries(object value, out IEnumerable<KeyValuePair<string, object?>> entries)
        {
            switch (value)
            {
                case IDictionary dictionary:
                    entries = EntriesOf(dictionary);
                    return true;
                case JsonElement json when json.ValueKind == JsonValueKind.Object:
                    entries = json.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value));
                    return true;
                case IEnumerable<KeyValuePair<string, object?>> pairs:
                    entries = pairs;
                    return true;
                default:
                    entries = Enumerable.Empty<KeyValuePair<string, object?>>();
                    return false;
            }
        }

        public static bool TryItems(object value, out IEnumerable<object?> items)
        {
            switch (value)
            {
                case JsonElement json when json.ValueKind == JsonValueKind.Array:
                    items = json.EnumerateArray().Select(e => (object?)e);
                    return true;
                case string _:
                case IDictionary _:
                case JsonElement _:
                case IEnumerable<KeyValuePair<string, object?>> _:
                    items = Enumerable.Empty<object?>();
                    return false;
                case IEnumerable enumerable:
                    items = enumerable.Cast<object?>();
                    return true;
                default:
                    items = Enumerable.Empty<object?>();
                    return false;
            }
        }

        /// <summary>
        /// Through IDictionary's own enumerator, which yields DictionaryEntry for every dictionary; the plain
        /// IEnumerable one of a generic Dictionary yields KeyValuePair instead.
        /// </summary>
        private static IEnumerable<KeyValuePair<string, object?>> EntriesOf(IDictionary dictionary)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                yield return new KeyValuePair<string, object?>(Convert(entry.Key), entry.Value);
            }
        }

        private static string Convert(object key) => key as string ?? System.Convert.ToString(key, CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
