using System;

namespace AutopilotTools.Local.Storage
{
    /// <summary>One candidate of a job as stored: its AutoMLCandidate document (JSON) and the members listings filter and sort by.</summary>
    internal sealed record CandidateRecord(
        string JobName,
        string CandidateName,
        string Status,
        DateTime CreationTime,
        double? ObjectiveValue,
        string Document);
}
