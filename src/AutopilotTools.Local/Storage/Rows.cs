using System;
using System.Collections.Generic;
using System.Text.Json;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Conversions between row values and record members shared by the S3 stores.</summary>
    internal static class Rows
    {
        public static long ToUnixMilliseconds(DateTime value) => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)).ToUnixTimeMilliseconds();

        public static DateTime FromUnixMilliseconds(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value).UtcDateTime;

        public static string ToJson(IReadOnlyDictionary<string, string> headers) => JsonSerializer.Serialize(headers);

        public static IReadOnlyDictionary<string, string> FromJson(string json) =>
            JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? new Dictionary<string, string>();

        public static object OrNull(string? value) => value ?? (object)DBNull.Value;
    }
}
