using System;
using System.Text;
using System.Text.Json;
using AutopilotTools.Local.Storage;

namespace AutopilotTools.Local.SageMaker.Paging
{
    /// <summary>
    /// NextToken as clients see it: opaque text. Inside, the key of the last row returned and the order it was
    /// listed in, so a token given back with a different SortBy or SortOrder is refused rather than misread.
    /// </summary>
    internal static class NextTokens
    {
        public static string? Encode(PageKey? key, string order)
        {
            if (key == null)
            {
                return null;
            }

            byte[] json = JsonSerializer.SerializeToUtf8Bytes(new { Order = order, Value = key.Value, Name = key.Name });
            return Convert.ToBase64String(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }

        /// <summary>The key to continue after; null for no token; ValidationException for one this listing did not make.</summary>
        public static PageKey? Decode(string? token, string order)
        {
            if (string.IsNullOrEmpty(token))
            {
                return null;
            }

            try
            {
                string base64 = token.Replace('-', '+').Replace('_', '/');
                base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
                Token? decoded = JsonSerializer.Deserialize<Token>(Convert.FromBase64String(base64));
                if (decoded?.Name != null && decoded.Order == order)
                {
                    object? value = decoded.Value.ValueKind switch
                    {
                        JsonValueKind.Number => decoded.Value.GetDouble(),
                        JsonValueKind.String => decoded.Value.GetString(),
                        _ => null,
                    };
                    return new PageKey(value, decoded.Name);
                }
            }
            catch (FormatException)
            {
            }
            catch (JsonException)
            {
            }

            throw SageMakerError.Validation("Invalid pagination token: NextToken must be a token from a previous response to the same request.");
        }

        private sealed class Token
        {
            public string? Order { get; set; }

            public JsonElement Value { get; set; }

            public string? Name { get; set; }
        }
    }
}
