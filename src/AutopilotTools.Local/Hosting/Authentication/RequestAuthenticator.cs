using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace AutopilotTools.Local.Hosting.Authentication
{
    /// <summary>
    /// Checks a request's AWS Signature Version 4 before anything serves it: a key the server was given, a scope of the
    /// server's region and the request's service, a date within 15 minutes of the server's clock (or, presigned, within
    /// its expiry), and a signature that the key's secret gives for the request as it arrived, payload included.
    /// SageMaker and SageMaker Runtime bodies are read and hashed here; S3 bodies are checked as they are read
    /// (x-amz-content-sha256, or each aws-chunked chunk's signature), since they can be gigabytes.
    /// </summary>
    internal sealed class RequestAuthenticator
    {
        /// <summary>The most of a SageMaker or Runtime body kept: one byte over Runtime's limit, so the handler still refuses an oversized one.</summary>
        private const int MaxKeptBody = SageMakerRuntime.RuntimeHandler.MaxBodyBytes + 1;

        private readonly AccessKeys _keys;
        private readonly string _region;
        private readonly TimeProvider _clock;

        public RequestAuthenticator(AccessKeys keys, string region, TimeProvider clock)
        {
            _keys = keys;
            _region = region;
            _clock = clock;
        }

        public AccessKeys Keys => _keys;

        /// <summary>Returns when the request is signed as it must be; else throws.</summary>
        /// <param name="services">The signing names its scope may carry (s3; sagemaker for SageMaker and its Runtime).</param>
        /// <exception cref="SignatureFailure">Why the request is refused.</exception>
        public async Task AuthenticateAsync(HttpContext context, IReadOnlyList<string> services, bool s3)
        {
            HttpRequest request = context.Request;
            SignedRequest signed = SignedRequest.Parse(request)
                ?? throw new SignatureFailure(SignatureProblem.Unsigned, "Missing Authentication Token");
            if (!_keys.Contains(signed.AccessKeyId))
            {
                throw new SignatureFailure(SignatureProblem.UnknownKey, "The security token included in the request is invalid.", ("AWSAccessKeyId", signed.AccessKeyId));
            }

            CheckScope(signed, services);
            CheckTime(signed);
            string payloadHash = s3 ? DeclaredPayloadHash(request, signed) : await HashBodyAsync(request);
            string canonical = CanonicalRequest.Build(context, signed, payloadHash, s3);
            string stringToSign = CanonicalRequest.StringToSign(signed, canonical);
            byte[] signingKey = _keys.SigningKey(signed.AccessKeyId, signed.ScopeDate, signed.Region, signed.Service);
            if (!SigV4.SignaturesEqual(SigV4.HmacWithSigningKey(signingKey, stringToSign), signed.Signature))
            {
                throw new SignatureFailure(
                    SignatureProblem.Mismatch,
                    "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\n" +
                    $"The Canonical String for this request should have been\n'{canonical}'\n\nThe String-to-Sign should have been\n'{stringToSign}'\n",
                    ("AWSAccessKeyId", signed.AccessKeyId),
                    ("StringToSign", stringToSign),
                    ("SignatureProvided", signed.Signature),
                    ("CanonicalRequest", canonical));
            }

            if (s3 && SigV4.IsHexDigest(payloadHash))
            {
                request.Body = new PayloadHashStream(request.Body, payloadHash);
            }
            else if (s3 && !signed.Presigned && payloadHash is SigV4.StreamingSigned or SigV4.StreamingSignedTrailer)
            {
                new ChunkSignatures(signingKey, signed, payloadHash == SigV4.StreamingSignedTrailer).AttachTo(context);
            }
        }

        private void CheckScope(SignedRequest signed, IReadOnlyList<string> services)
        {
            if (!Contains(services, signed.Service))
            {
                throw new SignatureFailure(SignatureProblem.WrongScope, $"Credential should be scoped to correct service: '{services[0]}'.", ("Service", signed.Service));
            }

            if (signed.Region != _region)
            {
                throw new SignatureFailure(
                    SignatureProblem.WrongScope,
                    $"Credential should be scoped to a valid region: the region '{signed.Region}' is wrong; expecting '{_region}'.",
                    ("Region", _region));
            }

            if (!signed.AmzDate.StartsWith(signed.ScopeDate, StringComparison.Ordinal))
            {
                throw new SignatureFailure(
                    SignatureProblem.Mismatch,
                    $"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{signed.ScopeDate}' != '{signed.AmzDate.Substring(0, 8)}', from '{signed.AmzDate}'.");
            }
        }

        private void CheckTime(SignedRequest signed)
        {
            DateTimeOffset now = _clock.GetUtcNow();
            string server = SigV4.Format(now);
            if (signed.Presigned)
            {
                DateTimeOffset expires = signed.Time.AddSeconds(signed.ExpiresSeconds);
                if (now > expires)
                {
                    throw new SignatureFailure(SignatureProblem.Expired, "Request has expired", ("X-Amz-Expires", signed.ExpiresSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Expires", SigV4.Format(expires)), ("ServerTime", server));
                }

                if (signed.Time - now > SigV4.MaxSkew)
                {
                    throw new SignatureFailure(SignatureProblem.Expired, "Request is not valid yet", ("X-Amz-Date", signed.AmzDate), ("ServerTime", server));
                }

                return;
            }

            if (now - signed.Time > SigV4.MaxSkew)
            {
                throw Skewed(signed, server, $"Signature expired: {signed.AmzDate} is now earlier than {SigV4.Format(now - SigV4.MaxSkew)} ({server} - 15 min.)");
            }

            if (signed.Time - now > SigV4.MaxSkew)
            {
                throw Skewed(signed, server, $"Signature not yet current: {signed.AmzDate} is still later than {SigV4.Format(now + SigV4.MaxSkew)} ({server} + 15 min.)");
            }
        }

        private static SignatureFailure Skewed(SignedRequest signed, string server, string message) => new SignatureFailure(
            SignatureProblem.Skewed, message, ("RequestTime", signed.AmzDate), ("ServerTime", server), ("MaxAllowedSkewMilliseconds", "900000"));

        /// <summary>S3's payload hash is what the client declares (checked against the body as it is read).</summary>
        private static string DeclaredPayloadHash(HttpRequest request, SignedRequest signed)
        {
            string declared = signed.Presigned
                ? (request.Query.TryGetValue("X-Amz-Content-Sha256", out var query) ? query.ToString() : SigV4.UnsignedPayload)
                : request.Headers["x-amz-content-sha256"].ToString();
            if (declared.Length == 0)
            {
                throw new SignatureFailure(SignatureProblem.ContentSha256, "Missing required header for this request: x-amz-content-sha256");
            }

            if (!SigV4.IsHexDigest(declared) && declared is not (SigV4.UnsignedPayload or SigV4.StreamingSigned or SigV4.StreamingSignedTrailer or SigV4.StreamingUnsignedTrailer))
            {
                throw new SignatureFailure(
                    SignatureProblem.ContentSha256,
                    "x-amz-content-sha256 must be UNSIGNED-PAYLOAD, STREAMING-UNSIGNED-PAYLOAD-TRAILER, STREAMING-AWS4-HMAC-SHA256-PAYLOAD, STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER or a valid sha256 value.",
                    ("ArgumentName", "x-amz-content-sha256"),
                    ("ArgumentValue", declared));
            }

            return declared;
        }

        /// <summary>
        /// The SHA-256 of the whole body, which then stays readable for the handler. A body over the services' limits is
        /// hashed to its end but kept only up to <see cref="MaxKeptBody"/>, enough for the handler to refuse it by size.
        /// </summary>
        private static async Task<string> HashBodyAsync(HttpRequest request)
        {
            if (request.ContentLength == 0)
            {
                return SigV4.EmptyHash;
            }

            if (request.ContentLength is long length and <= MaxKeptBody)
            {
                // The common case, a small JSON document: one buffer of the announced size, hashed in one go.
                byte[] body = new byte[length];
                int filled = 0, read;
                while (filled < body.Length && (read = await request.Body.ReadAsync(body.AsMemory(filled), request.HttpContext.RequestAborted)) > 0)
                {
                    filled += read;
                }

                request.Body = new MemoryStream(body, 0, filled, writable: false);
                return SigV4.Sha256Hex(body.AsSpan(0, filled));
            }

            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var kept = new MemoryStream();
            byte[] chunk = new byte[16384];
            int count;
            while ((count = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                hash.AppendData(chunk, 0, count);
                kept.Write(chunk, 0, (int)Math.Min(count, MaxKeptBody - kept.Length));
            }

            kept.Position = 0;
            request.Body = kept;
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }

        private static bool Contains(IReadOnlyList<string> values, string value)
        {
            foreach (string candidate in values)
            {
                if (candidate == value)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
