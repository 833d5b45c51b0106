using System;

namespace AutopilotTools.Local.Storage
{
    /// <summary>
    /// A resource that never changes once created (a model, an endpoint config): its describe document (JSON) and the
    /// members its listing filters and sorts by.
    /// </summary>
    internal sealed record ResourceRecord(string Name, string Arn, DateTime CreationTime, string Document);
}
