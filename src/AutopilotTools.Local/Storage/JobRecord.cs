using System;

namespace AutopilotTools.Local.Storage
{
    /// <summary>
    /// One AutoML job as stored: its describe document (JSON, in the form of the API that created it) and copies of
    /// the members the list filters and sorts use. The store writes both together, so they never disagree.
    /// </summary>
    internal sealed record JobRecord(
        string Name,
        string Arn,
        int ApiVersion,
        string Status,
        string SecondaryStatus,
        DateTime CreationTime,
        DateTime LastModifiedTime,
        DateTime? EndTime,
        string Document) : IStatusRecord;
}
