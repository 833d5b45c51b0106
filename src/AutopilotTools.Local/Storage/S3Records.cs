using System;
using System.Collections.Generic;

namespace AutopilotTools.Local.Storage
{
    /// <summary>A bucket as stored.</summary>
    internal sealed record BucketRecord(string Name, DateTime CreationTime, string Region);

    /// <summary>
    /// An object's metadata; its bytes are the blob <see cref="Blob"/>. <see cref="Headers"/> holds what S3 gives back
    /// as sent (Cache-Control, Content-Disposition, x-amz-meta-*, ...). A checksum is kept only when one was computed
    /// over the whole object, so the server never claims one it cannot stand behind.
    /// </summary>
    internal sealed record ObjectRecord(
        string Bucket,
        string Key,
        string Blob,
        long Size,
        string ETag,
        DateTime LastModified,
        string ContentType,
        IReadOnlyDictionary<string, string> Headers,
        string? ChecksumAlgorithm,
        string? ChecksumValue);

    /// <summary>A multipart upload in progress: what the object will carry once completed.</summary>
    internal sealed record UploadRecord(
        string UploadId,
        string Bucket,
        string Key,
        DateTime Initiated,
        string ContentType,
        IReadOnlyDictionary<string, string> Headers,
        string? ChecksumAlgorithm);

    /// <summary>One uploaded part; <see cref="ChecksumValue"/> uses the upload's algorithm.</summary>
    internal sealed record PartRecord(string UploadId, int PartNumber, string Blob, long Size, string ETag, string? ChecksumValue, DateTime LastModified);

    /// <summary>What deleting a bucket came to.</summary>
    internal enum BucketDeletion
    {
        Deleted,
        NotFound,
        NotEmpty,
    }
}
