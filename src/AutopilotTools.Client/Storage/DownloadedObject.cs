using System.Collections.Generic;

namespace AutopilotTools.Client.Storage
{
    /// <summary>What a download wrote: its size, and the checksums the bytes matched (empty when S3 gave none to check).</summary>
    public sealed class DownloadedObject
    {
        public DownloadedObject(long size, IReadOnlyList<string> checksums)
        {
            Size = size;
            Checksums = checksums;
        }

        public long Size { get; }

        /// <summary>"MD5" (a single-part upload's ETag), and the x-amz-checksum-* algorithm the SDK validated (SHA256, CRC32, …).</summary>
        public IReadOnlyList<string> Checksums { get; }
    }
}
