using System;
using AutopilotTools.Json;

namespace AutopilotTools.Local.Storage
{
    /// <summary>
    /// What ListAutoMLJobs, ListEndpoints and ListTransformJobs ask for, in store terms: all three list resources that have a status, with the
    /// same filters and sort keys, over tables that name those columns alike.
    /// </summary>
    internal sealed record StatusResourceQuery
    {
        public string? StatusEquals { get; init; }

        /// <summary>A case-insensitive part of the name.</summary>
        public string? NameContains { get; init; }

        public DateTime? CreationTimeAfter { get; init; }

        public DateTime? CreationTimeBefore { get; init; }

        public DateTime? LastModifiedTimeAfter { get; init; }

        public DateTime? LastModifiedTimeBefore { get; init; }

        /// <summary>Always set by the operation: the service's defaults differ (jobs by name, endpoints by creation time).</summary>
        public StatusResourceSortBy SortBy { get; init; }

        public bool Descending { get; init; } = true;

        public int PageSize { get; init; } = 10;

        public PageKey? After { get; init; }

        public SortOrder Order => new SortOrder(
            SortBy switch
            {
                StatusResourceSortBy.CreationTime => "creation_time",
                StatusResourceSortBy.Status => "status",
                _ => "name",
            },
            Descending,
            "name");

        /// <summary>The filters, and the start after <see cref="After"/>.</summary>
        public KeysetQuery Select()
        {
            var select = new KeysetQuery();
            if (StatusEquals != null)
            {
                select.Where("status = $status", ("$status", StatusEquals));
            }

            return select.NameContains("name", NameContains)
                .TimeAfter("creation_time", CreationTimeAfter)
                .TimeBefore("creation_time", CreationTimeBefore)
                .TimeAfter("last_modified_time", LastModifiedTimeAfter)
                .TimeBefore("last_modified_time", LastModifiedTimeBefore)
                .After(After, Order);
        }

        /// <summary>Where a page that ends on this row ends, in this query's order.</summary>
        public PageKey KeyOf(IStatusRecord last) => new PageKey(
            SortBy switch
            {
                StatusResourceSortBy.CreationTime => EpochSecondsConverter.ToEpochSeconds(last.CreationTime),
                StatusResourceSortBy.Status => last.Status,
                _ => last.Name,
            },
            last.Name);
    }

    internal enum StatusResourceSortBy
    {
        Name,
        CreationTime,
        Status,
    }
}
