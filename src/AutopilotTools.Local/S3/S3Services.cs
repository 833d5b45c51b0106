using System;
using AutopilotTools.Local.Storage;

namespace AutopilotTools.Local.S3
{
    /// <summary>What the S3 operations work with: the stores, the blob files, the region and the clock.</summary>
    internal sealed record S3Services(
        IBucketStore Buckets,
        IObjectStore Objects,
        IMultipartStore Uploads,
        BlobStore Blobs,
        string Region,
        TimeProvider Clock)
    {
        /// <summary>Now, in whole milliseconds as S3 lists times.</summary>
        public DateTime Now()
        {
            DateTime now = Clock.GetUtcNow().UtcDateTime;
            return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        }
    }
}
