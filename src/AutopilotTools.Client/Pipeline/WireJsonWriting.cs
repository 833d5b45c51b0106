using System;
using System.Collections.Generic;
using System.Text.Json;

namespace AutopilotTools.Client.Pipeline
{
    /// <summary>Writes one value as JSON.</summary>
    internal delegate void WireValueWriter<in T>(Utf8JsonWriter writer, T value);

    /// <summary>
    /// The pieces the generated writer (<see cref="WireJson"/>) is made of, written as <see cref="Json.ServiceJson"/>
    /// writes: absent members left out, timestamps as epoch seconds, members kept from a response written back last.
    /// </summary>
    internal static class WireJsonWriting
    {
        public static void Kept(Utf8JsonWriter writer, Dictionary<string, JsonElement>? members)
        {
            if (members == null)
            {
                return;
            }

            foreach (KeyValuePair<string, JsonElement> member in members)
            {
                writer.WritePropertyName(member.Key);
                member.Value.WriteTo(writer);
            }
        }

        public static void List<T>(Utf8JsonWriter writer, List<T> list, WireValueWriter<T> element)
        {
            writer.WriteStartArray();
            foreach (T item in list)
            {
                Element(writer, item, element);
            }

            writer.WriteEndArray();
        }

        public static void Map<T>(Utf8JsonWriter writer, Dictionary<string, T> map, WireValueWriter<T> value)
        {
            writer.WriteStartObject();
            foreach (KeyValuePair<string, T> entry in map)
            {
                writer.WritePropertyName(entry.Key);
                Element(writer, entry.Value, value);
            }

            writer.WriteEndObject();
        }

        /// <summary>A list element or map value, null written as null.</summary>
        private static void Element<T>(Utf8JsonWriter writer, T item, WireValueWriter<T> write)
        {
            if (item == null)
            {
                writer.WriteNullValue();
            }
            else
            {
                write(writer, item);
            }
        }

        public static void String(Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);

        public static void Int32(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

        public static void Int64(Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

        public static void Double(Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);

        public static void Boolean(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

        public static void Timestamp(Utf8JsonWriter writer, DateTime value) => Json.EpochSecondsConverter.WriteTimestamp(writer, value);

        public static void Bytes(Utf8JsonWriter writer, byte[] value) => writer.WriteBase64StringValue(value);
    }
}
