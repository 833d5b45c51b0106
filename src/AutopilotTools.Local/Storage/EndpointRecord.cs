using System;

namespace AutopilotTools.Local.Storage
{
    /// <summary>
    /// One endpoint as stored: the members its listing filters and sorts by, and its state (JSON: the config it was
    /// made from, what it serves, what it is moving to, why it failed). The describe document is built from the state.
    /// </summary>
    internal sealed record EndpointRecord(
        string Name,
        string Arn,
        string Status,
        DateTime CreationTime,
        DateTime LastModifiedTime,
        string State) : IStatusRecord;
}
