using System;
using System.Globalization;
using System.Text.Json;
using AutopilotTools.Json;
using AutopilotTools.Model;

namespace AutopilotTools.Mapping
{
    /// <summary>
    /// Converts one scalar input value to the CLR type of a shape kind, the way a user would expect: numbers from
    /// any numeric type or invariant text when they fit, booleans from true/false text, timestamps from DateTime,
    /// DateTimeOffset, ISO 8601 text or epoch seconds (always UTC), strings from numbers and booleans.
    /// </summary>
    internal static class ScalarConverter
    {
        /// <summary>Converts <paramref name="source"/> (never null, never a list or a dictionary); false when it cannot be held.</summary>
        public static bool TryConvert(object source, ShapeKind kind, out object? result)
        {
            object value = source is JsonElement json ? FromJson(json) : source;
            result = kind switch
            {
                ShapeKind.String => ToText(value),
                ShapeKind.Integer => ToWhole(value, int.MinValue, int.MaxValue) is decimal whole ? (object)(int)whole : null,
                ShapeKind.Long => ToWhole(value, long.MinValue, long.MaxValue) is decimal whole ? (object)(long)whole : null,
                ShapeKind.Float or ShapeKind.Double => ToDouble(value),
                ShapeKind.Boolean => ToBoolean(value),
                ShapeKind.Timestamp => ToTimestamp(value),
                ShapeKind.Blob => ToBytes(value),
                _ => null,
            };
            return result != null;
        }

        /// <summary>What a value of the kind must be, for WrongType messages.</summary>
        public static string Expected(ShapeKind kind) => kind switch
        {
            ShapeKind.String => "a string",
            ShapeKind.Integer => "a whole number from -2147483648 to 2147483647",
            ShapeKind.Long => "a whole number from -9223372036854775808 to 9223372036854775807",
            ShapeKind.Float or ShapeKind.Double => "a number",
            ShapeKind.Boolean => "true or false",
            ShapeKind.Timestamp => "a date and time (a DateTime, ISO 8601 text or epoch seconds)",
            ShapeKind.Blob => "bytes (a byte array or base64 text)",
            ShapeKind.List => "a list",
            ShapeKind.Map => "a map (a hashtable or a JSON object)",
            _ => "a structure (a hashtable or a JSON object)",
        };

        private static object FromJson(JsonElement json)
        {
            switch (json.ValueKind)
            {
                case JsonValueKind.String:
                    return json.GetString()!;
                case JsonValueKind.Number:
                    return json.TryGetDecimal(out decimal exact) ? exact : (object)json.GetDouble();
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    return json;
            }
        }

        private static string? ToText(object value)
        {
            switch (value)
            {
                case string text:
                    return text;
                case char single:
                    return single.ToString();
                case bool flag:
                    return flag ? "true" : "false";
                case Enum named:
                    return named.ToString();
                case double _:
                case float _:
                case decimal _:
                case int _:
                case long _:
                case short _:
                case byte _:
                case sbyte _:
                case ushort _:
                case uint _:
                case ulong _:
                    return ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture);
                default:
                    return null;
            }
        }

        /// <summary>The value as a whole number within the bounds, or null when it is not one.</summary>
        private static decimal? ToWhole(object value, decimal min, decimal max)
        {
            decimal? number = value is string text ? ParseDecimal(text) : ToDecimal(value);
            return number is decimal n && decimal.Truncate(n) == n && n >= min && n <= max ? n : (decimal?)null;
        }

        private static decimal? ToDecimal(object value)
        {
            switch (value)
            {
                case decimal exact:
                    return exact;
                case double real:
                    return !double.IsNaN(real) && !double.IsInfinity(real) && Math.Abs(real) < 7.9e28 ? (decimal)real : (decimal?)null;
                case float real:
                    return ToDecimal((double)real);
                case int _:
                case long _:
                case short _:
                case byte _:
                case sbyte _:
                case ushort _:
                case uint _:
                case ulong _:
                    return Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                default:
                    return null;
            }
        }

        private static decimal? ParseDecimal(string text) =>
            decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal n) ? n : (decimal?)null;

        private static object? ToDouble(object value)
        {
            if (value is string text)
            {
                return double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) ? parsed : (object?)null;
            }

            return value is double || value is float || ToDecimal(value) != null ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : (object?)null;
        }

        private static object? ToBoolean(object value)
        {
            if (value is bool flag)
            {
                return flag;
            }

            return value is string text && bool.TryParse(text.Trim(), out bool parsed) ? parsed : (object?)null;
        }

        private static object? ToTimestamp(object value)
        {
            switch (value)
            {
                case DateTime time:
                    return time.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(time, DateTimeKind.Utc) : time.ToUniversalTime();
                case DateTimeOffset offset:
                    return offset.UtcDateTime;
                case string text:
                    if (ParseDecimal(text) is decimal seconds)
                    {
                        return EpochSecondsConverter.FromEpochSeconds((double)seconds);
                    }

                    return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime parsed)
                        ? parsed
                        : (object?)null;
                default:
                    return ToDecimal(value) is decimal epoch ? EpochSecondsConverter.FromEpochSeconds((double)epoch) : (object?)null;
            }
        }

        private static object? ToBytes(object value)
        {
            if (value is byte[] bytes)
            {
                return bytes;
            }

            if (value is string text)
            {
                try
                {
                    return Convert.FromBase64String(text);
                }
                catch (FormatException)
                {
                    return null;
                }
            }

            return null;
        }
    }
}
