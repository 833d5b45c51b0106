using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace AutopilotTools.Local.Hosting.Authentication
{
    /// <summary>
    /// What a request says about its signature, in either form: the Authorization header
    /// (<c>AWS4-HMAC-SHA256 Credential=AKID/20260101/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=…</c>
    /// with X-Amz-Date) or the presigned query (<c>X-Amz-Algorithm</c>, <c>X-Amz-Credential</c>, <c>X-Amz-Date</c>,
    /// <c>X-Amz-Expires</c>, <c>X-Amz-SignedHeaders</c>, <c>X-Amz-Signature</c>).
    /// </summary>
    internal sealed class SignedRequest
    {
        private SignedRequest(string accessKeyId, string[] scope, string signedHeaders, string signature, string amzDate, DateTimeOffset time, bool presigned, long expiresSeconds)
        {
            AccessKeyId = accessKeyId;
            ScopeDate = scope[0];
            Region = scope[1];
            Service = scope[2];
            Scope = string.Join('/', scope);
            SignedHeadersText = signedHeaders;
            SignedHeaders = signedHeaders.Split(';');
            Signature = signature;
            AmzDate = amzDate;
            Time = time;
            Presigned = presigned;
            ExpiresSeconds = expiresSeconds;
        }

        public string AccessKeyId { get; }

        public string ScopeDate { get; }

        public string Region { get; }

        public string Service { get; }

        /// <summary>date/region/service/aws4_request.</summary>
        public string Scope { get; }

        public string SignedHeadersText { get; }

        public IReadOnlyList<string> SignedHeaders { get; }

        public string Signature { get; }

        /// <summary>The request's time as sent (yyyyMMddTHHmmssZ), which the string to sign repeats.</summary>
        public string AmzDate { get; }

        public DateTimeOffset Time { get; }

        public bool Presigned { get; }

        public long ExpiresSeconds { get; }

        /// <summary>The request's signature, or null when it carries none at all.</summary>
        /// <exception cref="SignatureFailure">Incomplete: a signature with parts missing or malformed.</exception>
        public static SignedRequest? Parse(HttpRequest request)
        {
            string authorization = request.Headers.Authorization.ToString();
            if (authorization.Length > 0)
            {
                return FromHeader(request, authorization);
            }

            if (request.Query.ContainsKey("AWSAccessKeyId") && request.Query.ContainsKey("Signature"))
            {
                // Signature Version 2, which some clients still presign S3 URLs with (the AWS CLI v1 by default).
                throw Incomplete($"Only {SigV4.Algorithm} (Signature Version 4) is supported: this URL is presigned with Signature Version 2.");
            }

            return request.Query.ContainsKey("X-Amz-Algorithm") || request.Query.ContainsKey("X-Amz-Signature") || request.Query.ContainsKey("X-Amz-Credential")
                ? FromQuery(request.Query)
                : null;
        }

        private static SignedRequest FromHeader(HttpRequest request, string authorization)
        {
            if (!authorization.StartsWith(SigV4.Algorithm + " ", StringComparison.Ordinal))
            {
                throw Incomplete($"Only {SigV4.Algorithm} (Signature Version 4) is supported: the Authorization header names another scheme.");
            }

            string? credential = null, signedHeaders = null, signature = null;
            foreach (string part in authorization.Substring(SigV4.Algorithm.Length + 1).Split(','))
            {
                string trimmed = part.Trim();
                int equals = trimmed.IndexOf('=');
                string name = equals < 0 ? trimmed : trimmed.Substring(0, equals);
                string value = equals < 0 ? string.Empty : trimmed.Substring(equals + 1);
                switch (name)
                {
                    case "Credential": credential = value; break;
                    case "SignedHeaders": signedHeaders = value; break;
                    case "Signature": signature = value; break;
                }
            }

            string missing = (credential is null or "" ? "Authorization header requires 'Credential' parameter. " : string.Empty)
                + (signature is null or "" ? "Authorization header requires 'Signature' parameter. " : string.Empty)
                + (signedHeaders is null or "" ? "Authorization header requires 'SignedHeaders' parameter. " : string.Empty);
            string amzDate = request.Headers["X-Amz-Date"].ToString();
            if (amzDate.Length == 0 && DateTimeOffset.TryParseExact(request.Headers.Date.ToString(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date))
            {
                amzDate = SigV4.Format(date);
            }

            if (amzDate.Length == 0)
            {
                missing += "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.";
            }

            if (missing.Length > 0)
            {
                throw Incomplete(missing.Trim());
            }

            return Create(credential!, signedHeaders!, signature!, amzDate, presigned: false, expiresSeconds: 0, "Authorization header");
        }

        private static SignedRequest FromQuery(IQueryCollection query)
        {
            string Get(string name) => query.TryGetValue(name, out StringValues value) ? value.ToString() : string.Empty;
            string algorithm = Get("X-Amz-Algorithm");
            string missing = string.Empty;
            foreach (string name in new[] { "X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires", "X-Amz-SignedHeaders", "X-Amz-Signature" })
            {
                if (Get(name).Length == 0)
                {
                    missing += $"AWS query-string parameters must include '{name}'. ";
                }
            }

            if (missing.Length > 0)
            {
                throw Incomplete(missing.Trim());
            }

            if (algorithm != SigV4.Algorithm)
            {
                throw Incomplete($"X-Amz-Algorithm only supports '{SigV4.Algorithm}'.");
            }

            if (!long.TryParse(Get("X-Amz-Expires"), NumberStyles.None, CultureInfo.InvariantCulture, out long expires) || expires > SigV4.MaxPresignedSeconds)
            {
                throw Incomplete($"X-Amz-Expires must be a number of seconds from 0 to {SigV4.MaxPresignedSeconds} (seven days).");
            }

            return Create(Get("X-Amz-Credential"), Get("X-Amz-SignedHeaders"), Get("X-Amz-Signature"), Get("X-Amz-Date"), presigned: true, expires, "X-Amz-Credential");
        }

        private static SignedRequest Create(string credential, string signedHeaders, string signature, string amzDate, bool presigned, long expiresSeconds, string where)
        {
            // AKID/date/region/service/aws4_request: the id itself has no '/', so the scope is the last four parts.
            string[] parts = credential.Split('/');
            if (parts.Length != 5 || parts[0].Length == 0 || parts[1].Length != 8 || parts[2].Length == 0 || parts[3].Length == 0)
            {
                throw Incomplete($"The {where}'s Credential is malformed: it must be <access key id>/<YYYYMMDD>/<region>/<service>/{SigV4.Terminator}.");
            }

            if (parts[4] != SigV4.Terminator)
            {
                throw Incomplete($"Credential should be scoped with a valid terminator: '{SigV4.Terminator}', not '{parts[4]}'.");
            }

            if (!SigV4.TryParseTime(amzDate, out DateTimeOffset time))
            {
                throw Incomplete($"The request's date '{amzDate}' is not in the form yyyyMMddTHHmmssZ.");
            }

            return new SignedRequest(parts[0], parts[1..], signedHeaders, signature, amzDate, time, presigned, expiresSeconds);
        }

        private static SignatureFailure Incomplete(string message) => new SignatureFailure(SignatureProblem.Incomplete, message);
    }
}
