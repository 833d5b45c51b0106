using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutopilotTools.Json
{
    /// <summary>
    /// Timestamps as the SageMaker JSON protocol sends them: seconds since the Unix epoch, fractional, as a JSON
    /// number. An ISO 8601 string is accepted too, so documents written by hand or by other tools still read.
    /// </summary>
    public sealed class EpochSecondsConverter : JsonConverter<DateTime>
    {
        private static readonly DateTime Epoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadTimestamp(ref reader);

        /// <summary>The timestamp at the reader's current token; the client's generated reader calls this too.</summary>
        public static DateTime ReadTimestamp(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                return FromEpochSeconds(reader.GetDouble());
            }

            if (reader.TokenType == JsonTokenType.String)
            {
                string text = reader.GetString()!;
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds))
                {
                    return FromEpochSeconds(seconds);
                }

                return DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
            }

            throw new JsonException($"A timestamp must be a number of epoch seconds or an ISO 8601 string, not {reader.TokenType}.");
        }

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) => WriteTimestamp(writer, value);

        /// <summary>Writes the timestamp as epoch seconds to the millisecond; the client's generated writer calls this too.</summary>
        public static void WriteTimestamp(Utf8JsonWriter writer, DateTime value) => writer.WriteNumberValue(Math.Round(ToEpochSeconds(value), 3));

        public static DateTime FromEpochSeconds(double seconds) => Epoch.AddTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));

        public static double ToEpochSeconds(DateTime value)
        {
            DateTime utc = value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime();
            return (utc - Epoch).Ticks / (double)TimeSpan.TicksPerSecond;
        }
    }
}
