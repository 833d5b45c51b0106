using System;

namespace AutopilotTools.Client.Storage
{
    /// <summary>An object found at an S3 location, with its key relative to that location (its file name when the location is the object).</summary>
    public sealed class S3ObjectEntry
    {
        public S3ObjectEntry(S3Location location, string relativeKey, long size, string? eTag, DateTime? lastModified)
        {
            Location = location;
            RelativeKey = relativeKey;
            Size = size;
            ETag = eTag;
            LastModified = lastModified;
        }

        public S3Location Location { get; }

        public string RelativeKey { get; }

        public long Size { get; }

        public string? ETag { get; }

        public DateTime? LastModified { get; }

        public override string ToString() => Location.ToString();
    }
}
