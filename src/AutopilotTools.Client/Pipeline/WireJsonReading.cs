using System;
using System.Collections.Generic;
using System.Text.Json;

namespace AutopilotTools.Client.Pipeline
{
    /// <summary>Reads one JSON value at the reader's current token, leaving the reader on the value's last token.</summary>
    internal delegate T WireValueReader<T>(ref Utf8JsonReader reader);

    /// <summary>
    /// The pieces the generated reader (<see cref="WireJson"/>) is made of, read as <see cref="Json.ServiceJson"/>
    /// reads: member names in any case, null as absent, members the model does not know kept as they came.
    /// </summary>
    internal static class WireJsonReading
    {
        /// <summary>
        /// Moves to the next member of an object and onto its value; false at the object's end. <paramref name="member"/>
        /// is the member's index in <paramref name="names"/>, or -1 for a member the model does not know.
        /// </summary>
        public static bool NextMember(ref Utf8JsonReader reader, string[] names, out int member, out string name)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                member = -1;
                name = string.Empty;
                return false;
            }

            name = reader.GetString()!;
            reader.Read();
            member = names.Length - 1;
            while (member >= 0 && !string.Equals(names[member], name, StringComparison.OrdinalIgnoreCase))
            {
                member--;
            }

            return true;
        }

        /// <summary>Whether an object starts here; false for null; anything else is not the structure <paramref name="structure"/>.</summary>
        public static bool StartObject(ref Utf8JsonReader reader, string structure) =>
            Starts(ref reader, JsonTokenType.StartObject, "an object (" + structure + ")");

        public static Dictionary<string, JsonElement> Keep(Dictionary<string, JsonElement>? members, string name, ref Utf8JsonReader reader)
        {
            members ??= new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            members[name] = JsonElement.ParseValue(ref reader);
            return members;
        }

        public static List<T>? List<T>(ref Utf8JsonReader reader, WireValueReader<T> element)
        {
            if (!Starts(ref reader, JsonTokenType.StartArray, "an array"))
            {
                return null;
            }

            var list = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                list.Add(Element(ref reader, element));
            }

            return list;
        }

        public static Dictionary<string, T>? Map<T>(ref Utf8JsonReader reader, WireValueReader<T> value)
        {
            if (!Starts(ref reader, JsonTokenType.StartObject, "an object (a map)"))
            {
                return null;
            }

            var map = new Dictionary<string, T>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                string key = reader.GetString()!;
                reader.Read();
                map[key] = Element(ref reader, value);
            }

            return map;
        }

        public static string String(ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw Unexpected(ref reader, "a string");

        public static int Int32(ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int value) ? value : throw Unexpected(ref reader, "a 32-bit integer");

        public static long Int64(ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long value) ? value : throw Unexpected(ref reader, "a 64-bit integer");

        public static double Double(ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.Number ? reader.GetDouble() : throw Unexpected(ref reader, "a number");

        public static bool Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw Unexpected(ref reader, "true or false"),
        };

        public static DateTime Timestamp(ref Utf8JsonReader reader) => Json.EpochSecondsConverter.ReadTimestamp(ref reader);

        public static byte[] Bytes(ref Utf8JsonReader reader) =>
            reader.TokenType == JsonTokenType.String ? reader.GetBytesFromBase64() : throw Unexpected(ref reader, "a base64 string");

        /// <summary>Whether a value of the kind <paramref name="start"/> opens starts here; false for null; anything else is refused.</summary>
        private static bool Starts(ref Utf8JsonReader reader, JsonTokenType start, string expected)
        {
            if (reader.TokenType == start)
            {
                return true;
            }

            return reader.TokenType == JsonTokenType.Null ? false : throw Unexpected(ref reader, expected);
        }

        /// <summary>A list element or map value: null stays null (as the serializer reads it).</summary>
        private static T Element<T>(ref Utf8JsonReader reader, WireValueReader<T> read) =>
            reader.TokenType == JsonTokenType.Null ? default! : read(ref reader);

        private static JsonException Unexpected(ref Utf8JsonReader reader, string expected) =>
            new JsonException($"Expected {expected} at byte {reader.TokenStartIndex}, found {reader.TokenType}.");
    }
}
