namespace AutopilotTools.Local.Storage
{
    /// <summary>What ListCandidatesForAutoMLJob asks for, in store terms.</summary>
    internal sealed record CandidateQuery(string JobName)
    {
        public string? StatusEquals { get; init; }

        public string? CandidateNameEquals { get; init; }

        public CandidateSortBy SortBy { get; init; } = CandidateSortBy.CreationTime;

        public bool Descending { get; init; }

        public int PageSize { get; init; } = 10;

        public PageKey? After { get; init; }
    }

    internal enum CandidateSortBy
    {
        CreationTime,
        Status,
        FinalObjectiveMetricValue,
    }
}
