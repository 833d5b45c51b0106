using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutopilotTools.Json
{
    /// <summary>
    /// The one set of JSON conventions for the service's wire format, used by the client and the local server alike:
    /// property names as the model spells them, absent members left out, timestamps as epoch seconds.
    /// </summary>
    public static class ServiceJson
    {
        public static JsonSerializerOptions Options { get; } = CreateOptions();

        public static byte[] Serialize(object value, Type type) => JsonSerializer.SerializeToUtf8Bytes(value, type, Options);

        public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json) => JsonSerializer.Deserialize<T>(utf8Json, Options)!;

        private static JsonSerializerOptions CreateOptions()
        {
            var options = new JsonSerializerOptions
            {
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
                PropertyNamingPolicy = null,
                // The service never sends two members differing only by case; a hand-written document may.
                PropertyNameCaseInsensitive = true,
            };
            options.Converters.Add(new EpochSecondsConverter());
            return options;
        }
    }
}
