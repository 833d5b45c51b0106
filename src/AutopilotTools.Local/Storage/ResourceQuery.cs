using System;
using AutopilotTools.Json;

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

        public SortOrder Order => new SortOrder(SortByName ? "name" : "creation_time", Descending, "name");

        /// <summary>The filters, and the start after <see cref="After"/>.</summary>
        public KeysetQuery Select() => new KeysetQuery()
            .NameContains("name", NameContains)
            .TimeAfter("creation_time", CreationTimeAfter)
            .TimeBefore("creation_time", CreationTimeBefore)
            .After(After, Order);

        /// <summary>Where a page that ends on this row ends, in this query's order.</summary>
        public PageKey KeyOf(ResourceRecord last) => new PageKey(SortByName ? last.Name : EpochSecondsConverter.ToEpochSeconds(last.CreationTime), last.Name);
    }
}
