using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace AutopilotTools.Local.Hosting.Authentication
{
    /// <summary>
    /// SigV4's canonical request, rebuilt from what arrived: method, URI, query, the signed headers and the payload hash,
    /// each line as AWS's specification gives it. Clients differ in how they encode what they send (one leaves '~' or
    /// '+' raw, another escapes them); decoding each part and encoding it again the SigV4 way gives every client the
    /// canonical form it signed.
    /// </summary>
    internal static class CanonicalRequest
    {
        public static string Build(HttpContext context, SignedRequest signed, string payloadHash, bool s3)
        {
            HttpRequest request = context.Request;
            var canonical = new StringBuilder(512);
            canonical.Append(request.Method.ToUpperInvariant()).Append('\n');
            canonical.Append(CanonicalUri(RawTarget.Path(context), s3)).Append('\n');
            canonical.Append(CanonicalQuery(request.QueryString.Value, signed.Presigned)).Append('\n');
            foreach (string name in signed.SignedHeaders)
            {
                canonical.Append(name).Append(':').Append(HeaderValue(request, name)).Append('\n');
            }

            canonical.Append('\n').Append(signed.SignedHeadersText).Append('\n').Append(payloadHash);
            return canonical.ToString();
        }

        public static string StringToSign(SignedRequest signed, string canonicalRequest) =>
            SigV4.Algorithm + "\n" + signed.AmzDate + "\n" + signed.Scope + "\n" + SigV4.Sha256Hex(canonicalRequest);

        /// <summary>
        /// S3 signs the path as it is, each segment encoded once (a key's "%2F" stays a character of the key). Other
        /// services sign the path with dot segments resolved, encoded twice: AWS SDKs encode the encoded path again.
        /// </summary>
        private static string CanonicalUri(string rawPath, bool s3)
        {
            string[] segments = rawPath.Split('/');
            var uri = new StringBuilder(rawPath.Length + 8);
            var kept = new List<string>(segments.Length);
            foreach (string segment in segments)
            {
                string encodedOnce = SigV4.UriEncode(Uri.UnescapeDataString(segment));
                if (s3)
                {
                    kept.Add(encodedOnce);
                }
                else if (segment == "..")
                {
                    if (kept.Count > 1)
                    {
                        kept.RemoveAt(kept.Count - 1);
                    }
                }
                else if (segment != ".")
                {
                    kept.Add(SigV4.UriEncode(encodedOnce));
                }
            }

            uri.AppendJoin('/', kept);
            return uri.Length == 0 ? "/" : uri.ToString();
        }

        /// <summary>Every parameter (but a presigned URL's own signature), names and values encoded, sorted by name then value.</summary>
        private static string CanonicalQuery(string? rawQuery, bool presigned)
        {
            if (string.IsNullOrEmpty(rawQuery) || rawQuery == "?")
            {
                return string.Empty;
            }

            var parameters = new List<(string Name, string Value)>();
            foreach (string pair in rawQuery.TrimStart('?').Split('&'))
            {
                if (pair.Length == 0)
                {
                    continue;
                }

                int equals = pair.IndexOf('=');
                string name = Uri.UnescapeDataString(equals < 0 ? pair : pair.Substring(0, equals));
                if (presigned && name == "X-Amz-Signature")
                {
                    continue;
                }

                string value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair.Substring(equals + 1));
                parameters.Add((SigV4.UriEncode(name), SigV4.UriEncode(value)));
            }

            parameters.Sort((a, b) =>
            {
                int byName = string.CompareOrdinal(a.Name, b.Name);
                return byName != 0 ? byName : string.CompareOrdinal(a.Value, b.Value);
            });
            var query = new StringBuilder();
            foreach ((string name, string value) in parameters)
            {
                query.Append(query.Length == 0 ? string.Empty : "&").Append(name).Append('=').Append(value);
            }

            return query.ToString();
        }

        /// <summary>The header's values joined by commas, each trimmed with runs of spaces made one.</summary>
        private static string HeaderValue(HttpRequest request, string name)
        {
            var values = request.Headers[name];
            if (values.Count == 1 && !NeedsFolding(values[0]!))
            {
                return values[0]!;
            }

            var joined = new StringBuilder();
            for (int i = 0; i < values.Count; i++)
            {
                if (i > 0)
                {
                    joined.Append(',');
                }

                bool space = false;
                foreach (char c in values[i]!.Trim())
                {
                    if (c == ' ' || c == '\t')
                    {
                        space = true;
                        continue;
                    }

                    if (space)
                    {
                        joined.Append(' ');
                        space = false;
                    }

                    joined.Append(c);
                }
            }

            return joined.ToString();
        }

        private static bool NeedsFolding(string value) =>
            value.Length > 0 && (value[0] == ' ' || value[^1] == ' ' || value.Contains("  ", StringComparison.Ordinal) || value.Contains('\t'));
    }
}
