using System;
using System.Security.Cryptography;

namespace AutopilotTools.Local.S3.Checksums
{
    /// <summary>SHA1 and SHA256 checksums (and MD5 for ETags and Content-MD5) over the framework's incremental hashes.</summary>
    internal sealed class HashChecksum : IChecksum
    {
        private readonly IncrementalHash _hash;

        public HashChecksum(HashAlgorithmName algorithm) => _hash = IncrementalHash.CreateHash(algorithm);

        public void Append(ReadOnlySpan<byte> data) => _hash.AppendData(data);

        public byte[] GetHash() => _hash.GetCurrentHash();

        public string ToBase64() => Convert.ToBase64String(GetHash());

        public void Dispose() => _hash.Dispose();
    }
}
