using System.Collections;
using System.Linq;
using System.Text.Json;

namespace AutopilotTools.Tests.Reliability
{
    /// <summary>
    /// A JSON request as the hashtable a script would splat: objects become hashtables, arrays object[], numbers
    /// long or double, as ConvertFrom-Json -AsHashtable makes them (which the hosted engine does not have).
    /// </summary>
    internal static class SplattableRequest
    {
        public static Hashtable From(string json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            return (Hashtable)Convert(document.RootElement)!;
        }

        private static object? Convert(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Object => value.EnumerateObject().Aggregate(new Hashtable(), (table, member) =>
            {
                table[member.Name] = Convert(member.Value);
                return table;
            }),
            JsonValueKind.Array => value.EnumerateArray().Select(Convert).ToArray(),
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.TryGetInt64(out long whole) ? whole : value.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        };
    }
}
