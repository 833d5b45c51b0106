using System;

namespace AutopilotTools.Local.Storage
{
    /// <summary>What ListModels (and listings like it) ask for, in store terms.</summary>
    internal sealed record ResourceQuery
    {
        /// <summary>A case-insensitive part of the name.</summary>
        public string? NameContains { get; init; }

        public DateTime? CreationTimeAfter { get; init; }

        public DateTime? CreationTimeBefore { get; init; }

        /// <summary>By name rather than by creation time (the service's default for these listings).</summary>
        public bool SortByName { get; init; }

        public bool Descending { get; init; } = true;

        public int PageSize { get; init; } = 10;

        public PageKey? After { get; init; }
    }
}
