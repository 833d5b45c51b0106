using System;
using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AutopilotTools.Local.Hosting.Authentication
{
    /// <summary>The building blocks of AWS Signature Version 4: hashes, HMACs, its URI encoding and its time format.</summary>
    internal static class SigV4
    {
        public const string Algorithm = "AWS4-HMAC-SHA256";
        public const string Terminator = "aws4_request";
        public const string TimeFormat = "yyyyMMdd'T'HHmmss'Z'";
        public const string UnsignedPayload = "UNSIGNED-PAYLOAD";
        public const string StreamingSigned = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
        public const string StreamingSignedTrailer = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER";
        public const string StreamingUnsignedTrailer = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";

        /// <summary>AWS's clock-skew window: a request dated further from the server's clock is refused.</summary>
        public static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(15);

        /// <summary>The longest a presigned URL may live: seven days.</summary>
        public const long MaxPresignedSeconds = 604800;

        public static readonly string EmptyHash = Sha256Hex(ReadOnlySpan<byte>.Empty);

        public static string Sha256Hex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

        public static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));

        [ThreadStatic]
        private static (byte[] Key, IncrementalHash Hmac)? _threadHmac;

        public static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

        /// <summary>
        /// <see cref="Hmac"/> for a signing key used request after request: each thread keeps the HMAC of the last key
        /// it used, which saves setting one up per request (the one cost of checking a signature that shows in
        /// throughput).
        /// </summary>
        public static byte[] HmacWithSigningKey(byte[] signingKey, string data)
        {
            if (_threadHmac is not (byte[] key, IncrementalHash hmac) || !ReferenceEquals(key, signingKey))
            {
                _threadHmac?.Hmac.Dispose();
                hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, signingKey);
                _threadHmac = (signingKey, hmac);
            }

            hmac.AppendData(Encoding.UTF8.GetBytes(data));
            return hmac.GetHashAndReset();
        }

        public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

        public static bool TryParseTime(string value, out DateTimeOffset time) =>
            DateTimeOffset.TryParseExact(value, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);

        public static bool IsHexDigest(string value)
        {
            if (value.Length != 64)
            {
                return false;
            }

            foreach (char c in value)
            {
                if (!char.IsAsciiHexDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// True when the signature given is the one computed, in time that does not depend on where they differ:
        /// both are decoded from hex and compared whole, so a client learns nothing from how fast it was refused.
        /// </summary>
        public static bool SignaturesEqual(byte[] computed, string provided)
        {
            Span<byte> given = stackalloc byte[32];
            if (provided.Length != 64 || Convert.FromHexString(provided, given, out _, out int written) != OperationStatus.Done || written != 32)
            {
                return false;
            }

            return CryptographicOperations.FixedTimeEquals(computed, given);
        }

        /// <summary>SigV4's URI encoding: unreserved characters (A-Z a-z 0-9 - _ . ~) as they are, every other UTF-8 byte as %XX.</summary>
        public static string UriEncode(string value)
        {
            StringBuilder? encoded = null;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
                {
                    encoded?.Append(c);
                    continue;
                }

                encoded ??= new StringBuilder(value, 0, i, value.Length + 16);
                int length = char.IsSurrogatePair(value, i) ? 2 : 1;
                foreach (byte b in Encoding.UTF8.GetBytes(value.Substring(i, length)))
                {
                    encoded.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }

                i += length - 1;
            }

            return encoded?.ToString() ?? value;
        }
    }
}
