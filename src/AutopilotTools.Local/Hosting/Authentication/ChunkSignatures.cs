using System;
using System.Collections.Generic;
using System.Text;
using AutopilotTools.Local.S3;
using Microsoft.AspNetCore.Http;

namespace AutopilotTools.Local.Hosting.Authentication
{
    /// <summary>
    /// The chain of signatures of a STREAMING-AWS4-HMAC-SHA256-PAYLOAD upload: each chunk's signature covers its data
    /// and the previous signature (the first, the request's own), so chunks cannot be altered, dropped or reordered;
    /// the -TRAILER variant ends with a signature of the trailing headers. The aws-chunked decoder asks this to check
    /// each one as it reads; the first that does not match fails the upload before anything becomes visible.
    /// </summary>
    internal sealed class ChunkSignatures
    {
        private static readonly object ItemKey = new object();

        private readonly byte[] _signingKey;
        private readonly string _prefix;
        private string _previous;

        public ChunkSignatures(byte[] signingKey, SignedRequest seed, bool trailer)
        {
            _signingKey = signingKey;
            _prefix = "\n" + seed.AmzDate + "\n" + seed.Scope + "\n";
            _previous = seed.Signature;
            HasTrailer = trailer;
        }

        /// <summary>True for STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER: the trailers end with x-amz-trailer-signature.</summary>
        public bool HasTrailer { get; }

        /// <summary>The verifier the authenticator left for this request's body, if it is a signed stream.</summary>
        public static ChunkSignatures? Of(HttpContext context) => context.Items.TryGetValue(ItemKey, out object? value) ? value as ChunkSignatures : null;

        public void AttachTo(HttpContext context) => context.Items[ItemKey] = this;

        /// <summary>Checks one chunk's signature, given the SHA-256 of its data (of nothing, for the final chunk).</summary>
        public void VerifyChunk(string? signature, byte[] dataHash) =>
            Verify("AWS4-HMAC-SHA256-PAYLOAD", SigV4.EmptyHash + "\n" + Convert.ToHexStringLower(dataHash), signature, "chunk");

        /// <summary>Checks x-amz-trailer-signature over the other trailers, each "name:value\n" as sent.</summary>
        public void VerifyTrailer(IReadOnlyList<KeyValuePair<string, string>> trailers, string? signature)
        {
            var canonical = new StringBuilder();
            foreach (KeyValuePair<string, string> trailer in trailers)
            {
                canonical.Append(trailer.Key.ToLowerInvariant()).Append(':').Append(trailer.Value).Append('\n');
            }

            Verify("AWS4-HMAC-SHA256-TRAILER", SigV4.Sha256Hex(canonical.ToString()), signature, "trailer");
        }

        private void Verify(string algorithm, string tail, string? signature, string what)
        {
            if (string.IsNullOrEmpty(signature))
            {
                throw Mismatch($"The {what} carries no signature, and this upload is signed chunk by chunk ({SigV4.StreamingSigned}).");
            }

            byte[] computed = SigV4.Hmac(_signingKey, algorithm + _prefix + _previous + "\n" + tail);
            if (!SigV4.SignaturesEqual(computed, signature))
            {
                throw Mismatch($"The request signature we calculated does not match the signature you provided for a {what} of this aws-chunked upload. Check your key and signing method.");
            }

            _previous = signature;
        }

        private static S3Error Mismatch(string message) => new S3Error(403, "SignatureDoesNotMatch", message);
    }
}
