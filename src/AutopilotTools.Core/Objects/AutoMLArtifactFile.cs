using System;

namespace AutopilotTools
{
    /// <summary>
    /// One artifact file saved by Save-AutoMLJobArtifact: where it now is, what it is, the S3 object it came from,
    /// its size, and the checksums it was checked against on the way.
    /// </summary>
    public sealed class AutoMLArtifactFile
    {
        /// <summary>The full local path of the file.</summary>
        public string Path { get; set; } = string.Empty;

        public AutoMLArtifactKind Kind { get; set; }

        /// <summary>The S3 object it was downloaded from, as an s3:// URI.</summary>
        public string Source { get; set; } = string.Empty;

        /// <summary>Its size in bytes.</summary>
        public long Size { get; set; }

        /// <summary>What the downloaded bytes were checked against (MD5 from a single-part ETag, x-amz-checksum-*); empty when S3 gave nothing checkable.</summary>
        public string[] Checksums { get; set; } = Array.Empty<string>();

        public string AutoMLJobName { get; set; } = string.Empty;

        /// <summary>The candidate the artifact belongs to; null for the job's own artifacts.</summary>
        public string? CandidateName { get; set; }

        public DateTime? LastModified { get; set; }

        public override string ToString() => Path;
    }
}
