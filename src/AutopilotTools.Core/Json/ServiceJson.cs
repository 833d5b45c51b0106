using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace AutopilotTools.Json
{
    /// <summary>
    /// The one set of JSON conventions for the service's wire format, used by the client and the local server alike:
    /// property names as the model spells them, absent members left out, timestamps as epoch seconds.
    /// </summary>
    public static class ServiceJson
    {
        public static JsonSerializerOptions Options { get; } = CreateOptions();

        public static byte[] Serialize(object value, Type type) => Serialize(value, type, Options);

        public static byte[] Serialize(object value, Type type, JsonSerializerOptions options) => JsonSerializer.SerializeToUtf8Bytes(value, type, options);

        public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json) => Deserialize<T>(utf8Json, Options);

        public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, JsonSerializerOptions options) => JsonSerializer.Deserialize<T>(utf8Json, options)!;

        /// <summary>
        /// The same conventions with metadata generated at build time tried first (the client's, for its requests and
        /// responses), and reflection for any other type.
        /// </summary>
        public static JsonSerializerOptions WithMetadata(IJsonTypeInfoResolver generated)
        {
            JsonSerializerOptions options = CreateOptions();
            options.TypeInfoResolver = JsonTypeInfoResolver.Combine(generated, new DefaultJsonTypeInfoResolver());
            return options;
        }

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
