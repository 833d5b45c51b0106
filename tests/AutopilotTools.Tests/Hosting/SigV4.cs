using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace AutopilotTools.Tests.Hosting
{
    /// <summary>
    /// Checks a request's SigV4 signature the way AWS does, from what arrived on the wire: so a test proves the
    /// request was signed with the given secret for the given region and service, not merely that a header exists.
    /// </summary>
    public static class SigV4
    {
        private static readonly Regex AuthorizationPattern = new Regex(
            @"^AWS4-HMAC-SHA256 Credential=(?<key>[^/]+)/(?<date>\d{8})/(?<region>[^/]+)/(?<service>[^/]+)/aws4_request, ?SignedHeaders=(?<headers>[^,]+), ?Signature=(?<signature>[0-9a-f]{64})$");

        public sealed record Scope(string AccessKey, string Date, string Region, string Service, string[] SignedHeaders, string Signature);

        public static Scope Parse(RecordedRequest request)
        {
            Match match = AuthorizationPattern.Match(request.Header("Authorization") ?? string.Empty);
            if (!match.Success)
            {
                throw new FormatException("Not a SigV4 Authorization header: " + request.Header("Authorization"));
            }

            return new Scope(match.Groups["key"].Value, match.Groups["date"].Value, match.Groups["region"].Value, match.Groups["service"].Value,
                match.Groups["headers"].Value.Split(';'), match.Groups["signature"].Value);
        }

        /// <summary>True when the signature matches the request as received (path without query strings).</summary>
        public static bool IsValid(RecordedRequest request, string secretKey)
        {
            Scope scope = Parse(request);
            string canonicalHeaders = string.Concat(scope.SignedHeaders.Select(h => h + ":" + Regex.Replace(request.Header(h)!.Trim(), " +", " ") + "\n"));
            string payloadHash = Hex(SHA256.HashData(request.Body));
            string canonicalRequest = string.Join("\n", request.Method, CanonicalPath(request.Path), string.Empty, canonicalHeaders, string.Join(";", scope.SignedHeaders), payloadHash);
            string credentialScope = $"{scope.Date}/{scope.Region}/{scope.Service}/aws4_request";
            string stringToSign = string.Join("\n", "AWS4-HMAC-SHA256", request.Header("X-Amz-Date"), credentialScope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));

            byte[] key = Encoding.UTF8.GetBytes("AWS4" + secretKey);
            foreach (string part in new[] { scope.Date, scope.Region, scope.Service, "aws4_request" })
            {
                key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
            }

            return Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign))) == scope.Signature;
        }

        private static string CanonicalPath(string path) =>
            string.Join("/", path.Split('/').Select(segment => Uri.EscapeDataString(Uri.UnescapeDataString(segment))));

        private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
    }
}
