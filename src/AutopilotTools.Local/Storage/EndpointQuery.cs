using System;

namespace AutopilotTools.Local.Storage
{
    /// <summary>What ListEndpoints asks for, in store terms.</summary>
    internal sealed record EndpointQuery
    {
        public string? StatusEquals { get; init; }

        /// <summary>A case-insensitive part of the name.</summary>
        public string? NameContains { get; init; }

        public DateTime? CreationTimeAfter { get; init; }

        public DateTime? CreationTimeBefore { get; init; }

        public DateTime? LastModifiedTimeAfter { get; init; }

        public DateTime? LastModifiedTimeBefore { get; init; }

        public EndpointSortBy SortBy { get; init; } = EndpointSortBy.CreationTime;

        public bool Descending { get; init; } = true;

        public int PageSize { get; init; } = 10;

        public PageKey? After { get; init; }
    }

    internal enum EndpointSortBy
    {
        Name,
        CreationTime,
        Status,
    }
}
