using System;

namespace AutopilotTools.Local.Storage
{
    /// <summary>
    /// One batch transform job as stored: the members its listing filters and sorts by, and its describe document
    /// (JSON), which holds everything else (the request as made, times, failure reason).
    /// </summary>
    internal sealed record TransformJobRecord(
        string Name,
        string Arn,
        string Status,
        DateTime CreationTime,
        DateTime LastModifiedTime,
        string Document) : IStatusRecord;
}
