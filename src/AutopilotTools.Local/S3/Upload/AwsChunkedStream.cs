using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

using AutopilotTools.Local.Hosting.Authentication;
using AutopilotTools.Local.Hosting.Streams;

namespace AutopilotTools.Local.S3.Upload
{
    /// <summary>
    /// Reads the payload out of an <c>aws-chunked</c> body, which recent AWS SDKs, boto3 and the CLI send for uploads:
    /// <c>&lt;hex size&gt;[;chunk-signature=...]\r\n&lt;bytes&gt;\r\n</c> repeated, a zero-size chunk, then trailer
    /// lines (<c>x-amz-checksum-crc32:...</c>) and an empty line. The trailers are available once the payload has been
    /// read to its end. When the server checks signatures and the upload is STREAMING-AWS4-HMAC-SHA256-PAYLOAD, each
    /// chunk's signature (and the trailer's, for the -TRAILER variant) is checked as the chunk ends; see
    /// <see cref="ChunkSignatures"/>.
    /// </summary>
    internal sealed class AwsChunkedStream : ForwardOnlyReadStream
    {
        private const int MaxLineBytes = 8192;
        private const int MaxTrailers = 32;

        private readonly Stream _inner;
        private readonly byte[] _buffer = new byte[65536];
        private readonly Dictionary<string, string> _trailers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private readonly List<KeyValuePair<string, string>> _trailerLines = new List<KeyValuePair<string, string>>();
        private readonly ChunkSignatures? _signatures;
        private readonly IncrementalHash? _chunkHash;
        private string? _chunkSignature;
        private int _start;
        private int _end;
        private long _remainingInChunk;
        private State _state = State.ChunkHeader;

        /// <param name="signatures">The chain to check chunk signatures against; null when they are not checked.</param>
        public AwsChunkedStream(Stream inner, ChunkSignatures? signatures = null)
        {
            _inner = inner;
            _signatures = signatures;
            _chunkHash = signatures == null ? null : IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        }

        private enum State
        {
            ChunkHeader,
            ChunkData,
            Trailers,
            Done,
        }

        /// <summary>The trailing headers, keyed case-insensitively; complete once a read has returned 0.</summary>
        public IReadOnlyDictionary<string, string> Trailers => _trailers;

        public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
        {
            if (destination.Length == 0)
            {
                return 0;
            }

            // Each pass moves to the next state or returns; a chunk header or the trailers are bounded in size.
            while (true)
            {
                switch (_state)
                {
                    case State.ChunkHeader:
                        string header = await ReadLineAsync(cancellationToken) ?? throw Malformed("the body ended before its last chunk");
                        if (header.Length == 0)
                        {
                            // Tolerate the blank line some encoders leave between chunks.
                            continue;
                        }

                        string[] parts = header.Split(';', 2);
                        if (!long.TryParse(parts[0].Trim(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _remainingInChunk) || _remainingInChunk < 0)
                        {
                            throw Malformed("a chunk size is not hexadecimal");
                        }

                        _chunkSignature = parts.Length > 1 && parts[1].Trim().StartsWith("chunk-signature=", StringComparison.Ordinal)
                            ? parts[1].Trim().Substring("chunk-signature=".Length)
                            : null;
                        if (_remainingInChunk == 0)
                        {
                            _signatures?.VerifyChunk(_chunkSignature, _chunkHash!.GetHashAndReset());
                        }

                        _state = _remainingInChunk == 0 ? State.Trailers : State.ChunkData;
                        break;

                    case State.ChunkData:
                        if (_remainingInChunk == 0)
                        {
                            _signatures?.VerifyChunk(_chunkSignature, _chunkHash!.GetHashAndReset());
                            string end = await ReadLineAsync(cancellationToken) ?? throw Malformed("a chunk is not followed by CRLF");
                            if (end.Length != 0)
                            {
                                throw Malformed("a chunk is longer than its size");
                            }

                            _state = State.ChunkHeader;
                            break;
                        }

                        if (_start == _end && !await FillAsync(cancellationToken))
                        {
                            throw Malformed("the body ended inside a chunk");
                        }

                        int count = (int)Math.Min(Math.Min(destination.Length, _end - _start), _remainingInChunk);
                        _buffer.AsMemory(_start, count).CopyTo(destination);
                        _chunkHash?.AppendData(_buffer, _start, count);
                        _start += count;
                        _remainingInChunk -= count;
                        return count;

                    case State.Trailers:
                        await ReadTrailersAsync(cancellationToken);
                        _state = State.Done;
                        return 0;

                    default:
                        return 0;
                }
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _chunkHash?.Dispose();
            }

            base.Dispose(disposing);
        }

        /// <summary>The trailer variant signs the trailers (all but the signature itself) once the last chunk's signature is known.</summary>
        private void VerifyTrailer()
        {
            if (_signatures?.HasTrailer == true)
            {
                _trailers.TryGetValue("x-amz-trailer-signature", out string? signature);
                _signatures.VerifyTrailer(_trailerLines.FindAll(t => !t.Key.Equals("x-amz-trailer-signature", StringComparison.OrdinalIgnoreCase)), signature);
            }
        }

        private static S3Error Malformed(string what) =>
            new S3Error(400, "IncompleteBody", "The aws-chunked request body is malformed: " + what + ".");

        private async Task ReadTrailersAsync(CancellationToken cancellationToken)
        {
            for (int i = 0; i <= MaxTrailers; i++)
            {
                string? line = await ReadLineAsync(cancellationToken);
                if (string.IsNullOrEmpty(line))
                {
                    VerifyTrailer();
                    return;
                }

                int colon = line.IndexOf(':');
                if (colon <= 0)
                {
                    throw Malformed("a trailer is not 'name:value'");
                }

                string name = line.Substring(0, colon).Trim();
                string value = line.Substring(colon + 1).Trim();
                _trailers[name] = value;
                _trailerLines.Add(new KeyValuePair<string, string>(name, value));
            }

            throw Malformed("too many trailers");
        }

        /// <summary>The next CRLF-terminated line without its terminator; null at the end of the body.</summary>
        private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            var line = new StringBuilder();
            while (true)
            {
                if (_start == _end && !await FillAsync(cancellationToken))
                {
                    return line.Length == 0 ? null : line.ToString();
                }

                int newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
                int stop = newline < 0 ? _end : newline;
                line.Append(Encoding.ASCII.GetString(_buffer, _start, stop - _start));
                _start = newline < 0 ? _end : newline + 1;
                if (line.Length > MaxLineBytes)
                {
                    throw Malformed("a line is too long");
                }

                if (newline >= 0)
                {
                    return line.ToString().TrimEnd('\r');
                }
            }
        }

        private async Task<bool> FillAsync(CancellationToken cancellationToken)
        {
            _start = 0;
            _end = await _inner.ReadAsync(_buffer, cancellationToken);
            return _end > 0;
        }
    }
}
