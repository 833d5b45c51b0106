using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace AutopilotTools.Bench.Wire
{
    /// <summary>
    /// A small AWS Signature Version 4 signer for the raw-HTTP references: the canonical request, the string to sign
    /// and the derived key, as the SDK computes them, so the reference pays the same hashing the SDK pays. Requests here
    /// have no query string and a root or simple path. Checked against AWS's published test vector at startup.
    /// </summary>
    internal sealed class SigV4Signer
    {
        private readonly string _accessKey;
        private readonly string _secretKey;
        private readonly string _region;
        private readonly string _service;
        private (string Date, byte[] Key) _signingKey = (string.Empty, Array.Empty<byte>());

        public SigV4Signer(string accessKey, string secretKey, string region, string service)
        {
            _accessKey = accessKey;
            _secretKey = secretKey;
            _region = region;
            _service = service;
        }

        public static string AmzDate(DateTime utc) => utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

        /// <summary>The Authorization header for a request whose signed headers (names in any case) are given.</summary>
        public string Authorization(string method, string path, IEnumerable<KeyValuePair<string, string>> headers, ReadOnlySpan<byte> payload, string amzDate)
        {
            var signed = headers.Select(h => (Name: h.Key.ToLowerInvariant(), Value: h.Value.Trim())).OrderBy(h => h.Name, StringComparer.Ordinal).ToList();
            string signedNames = string.Join(";", signed.Select(h => h.Name));
            string canonicalRequest = method + "\n" + path + "\n\n"
                + string.Concat(signed.Select(h => h.Name + ":" + h.Value + "\n")) + "\n"
                + signedNames + "\n" + Hex(SHA256.HashData(payload));
            string date = amzDate.Substring(0, 8);
            string scope = $"{date}/{_region}/{_service}/aws4_request";
            string stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));
            string signature = Hex(HMACSHA256.HashData(SigningKey(date), Encoding.UTF8.GetBytes(stringToSign)));
            return $"AWS4-HMAC-SHA256 Credential={_accessKey}/{scope}, SignedHeaders={signedNames}, Signature={signature}";
        }

        /// <summary>
        /// Signs AWS's "post-vanilla" case of the SigV4 test suite and compares with its published signature; a signer
        /// that gets this wrong would make the raw references cheaper than real signing.
        /// </summary>
        public static void SelfCheck()
        {
            var signer = new SigV4Signer("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1", "service");
            string authorization = signer.Authorization("POST", "/",
                new Dictionary<string, string> { ["Host"] = "example.amazonaws.com", ["X-Amz-Date"] = "20150830T123600Z" },
                ReadOnlySpan<byte>.Empty, "20150830T123600Z");
            const string expected = "Signature=5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b";
            if (!authorization.EndsWith(expected, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("The SigV4 signer does not reproduce AWS's post-vanilla test vector: " + authorization);
            }
        }

        // The key depends only on the date: derive it once a day, as the SDK does.
        private byte[] SigningKey(string date)
        {
            (string Date, byte[] Key) cached = _signingKey;
            if (cached.Date == date)
            {
                return cached.Key;
            }

            byte[] key = Encoding.UTF8.GetBytes("AWS4" + _secretKey);
            foreach (string part in new[] { date, _region, _service, "aws4_request" })
            {
                key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
            }

            _signingKey = (date, key);
            return key;
        }

        private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
    }
}
