using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;

namespace AutopilotTools.Local.S3.Checksums
{
    /// <summary>The additional checksums S3 supports, by the names its headers and XML use.</summary>
    internal static class ChecksumAlgorithms
    {
        public static readonly IReadOnlyList<string> Names = new[] { "CRC32", "CRC32C", "CRC64NVME", "SHA1", "SHA256" };

        /// <summary>The header carrying a checksum: <c>x-amz-checksum-crc32</c> for CRC32.</summary>
        public static string HeaderName(string algorithm) => "x-amz-checksum-" + algorithm.ToLowerInvariant();

        /// <summary>The canonical name for any casing, or null when S3 has no such algorithm.</summary>
        public static string? Canonical(string? name) => Names.FirstOrDefault(n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase));

        /// <summary>The algorithm named by a checksum header (<c>x-amz-checksum-sha256</c> → SHA256), or null.</summary>
        public static string? FromHeaderName(string header) =>
            header.StartsWith("x-amz-checksum-", StringComparison.OrdinalIgnoreCase) ? Canonical(header.Substring("x-amz-checksum-".Length)) : null;

        public static IChecksum Create(string algorithm) => algorithm switch
        {
            "CRC32" => ReflectedCrc.Crc32(),
            "CRC32C" => ReflectedCrc.Crc32C(),
            "CRC64NVME" => ReflectedCrc.Crc64Nvme(),
            "SHA1" => new HashChecksum(HashAlgorithmName.SHA1),
            "SHA256" => new HashChecksum(HashAlgorithmName.SHA256),
            _ => throw new ArgumentException("Not an S3 checksum algorithm: " + algorithm, nameof(algorithm)),
        };
    }
}
