using System;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Hosting.Streams;
using AutopilotTools.Local.S3;

namespace AutopilotTools.Local.Hosting.Authentication
{
    /// <summary>
    /// An S3 body whose SHA-256 the signature covers (x-amz-content-sha256 as hex): hashes what passes through and,
    /// at the end, fails the read with S3's XAmzContentSHA256Mismatch when the body is not the one signed. Every S3
    /// operation reads its body to the end before acting on it, so a tampered body changes nothing.
    /// </summary>
    internal sealed class PayloadHashStream : ForwardOnlyReadStream
    {
        private readonly Stream _inner;
        private readonly string _expected;
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private bool _checked;

        public PayloadHashStream(Stream inner, string expectedHex)
        {
            _inner = inner;
            _expected = expectedHex;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            int read = await _inner.ReadAsync(buffer, cancellationToken);
            Observe(buffer.Span.Slice(0, read), buffer.Length);
            return read;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = _inner.Read(buffer, offset, count);
            Observe(buffer.AsSpan(offset, read), count);
            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }

        /// <summary>Hashes what was read; a read of nothing, when something was asked for, is the end of the body.</summary>
        private void Observe(ReadOnlySpan<byte> data, int requested)
        {
            if (data.Length > 0 || requested == 0)
            {
                _hash.AppendData(data);
                return;
            }

            if (!_checked)
            {
                _checked = true;
                if (!string.Equals(Convert.ToHexStringLower(_hash.GetHashAndReset()), _expected, StringComparison.OrdinalIgnoreCase))
                {
                    throw new S3Error(400, "XAmzContentSHA256Mismatch", "The provided 'x-amz-content-sha256' header does not match what was computed.");
                }
            }
        }
    }
}
