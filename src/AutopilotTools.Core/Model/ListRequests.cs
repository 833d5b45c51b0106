using System;

namespace AutopilotTools.Model
{
    /// <summary>
    /// What every SageMaker List request of named resources has: name and creation-time filters, sort, paging. The
    /// server reads requests through it, the cmdlets fill them.
    /// </summary>
    public interface IListRequest
    {
        /// <summary>Part of the name, case-insensitive.</summary>
        string? NameContains { get; set; }

        /// <summary>Created after this time (exclusive).</summary>
        DateTime? CreationTimeAfter { get; set; }

        /// <summary>Created before this time (exclusive).</summary>
        DateTime? CreationTimeBefore { get; set; }

        /// <summary>The sort key, one of the operation's own enum (Name, CreationTime, and Status where it has one).</summary>
        string? SortBy { get; set; }

        /// <summary>Ascending or Descending (the default).</summary>
        string? SortOrder { get; set; }

        /// <summary>Where the previous page ended.</summary>
        string? NextToken { get; set; }

        /// <summary>How many to a page.</summary>
        int? MaxResults { get; set; }
    }

    /// <summary>A List request of resources with a status: filters by status and last-modified time too.</summary>
    public interface IStatusListRequest : IListRequest
    {
        /// <summary>Only resources in this status.</summary>
        string? StatusEquals { get; set; }

        /// <summary>Modified after this time (exclusive).</summary>
        DateTime? LastModifiedTimeAfter { get; set; }

        /// <summary>Modified before this time (exclusive).</summary>
        DateTime? LastModifiedTimeBefore { get; set; }
    }

    /// <summary>ListAutoMLJobs reads like every status listing.</summary>
    public partial class ListAutoMLJobsRequest : IStatusListRequest
    {
    }

    /// <summary>ListEndpoints reads like every status listing.</summary>
    public partial class ListEndpointsInput : IStatusListRequest
    {
    }

    /// <summary>ListTransformJobs reads like every status listing.</summary>
    public partial class ListTransformJobsRequest : IStatusListRequest
    {
    }

    /// <summary>ListModels reads like every listing of named resources.</summary>
    public partial class ListModelsInput : IListRequest
    {
    }
}
