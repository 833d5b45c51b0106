using System;
using System.Management.Automation;
using AutopilotTools.Infrastructure;
using AutopilotTools.Model;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// What the Get cmdlets that describe by name or list share: the two parameter sets, and the name and time
    /// filters every SageMaker List call of theirs takes under the same names (ListAutoMLJobs, ListTransformJobs).
    /// The status and sort filters stay with each cmdlet, as each API has its own values for them.
    /// </summary>
    public abstract class ListQueryCmdlet : AutopilotCmdlet
    {
        protected const string DescribeSet = "Describe";
        protected const string ListSet = "List";

        /// <summary>Only those whose name contains this text.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        public string? NameContains { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public DateTime? CreatedAfter { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public DateTime? CreatedBefore { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public DateTime? LastModifiedAfter { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public DateTime? LastModifiedBefore { get; set; }

        /// <summary>
        /// A List request for one page, with this cmdlet's filters (times in UTC, as the List calls take them) and the
        /// status and sort filters the subclass declares with its API's own values.
        /// </summary>
        protected T PageRequest<T>(string? statusEquals, string? sortBy, string? sortOrder, string? nextToken, int pageSize)
            where T : IStatusListRequest, new() => new T
            {
                StatusEquals = statusEquals,
                NameContains = NameContains,
                CreationTimeAfter = CreatedAfter?.ToUniversalTime(),
                CreationTimeBefore = CreatedBefore?.ToUniversalTime(),
                LastModifiedTimeAfter = LastModifiedAfter?.ToUniversalTime(),
                LastModifiedTimeBefore = LastModifiedBefore?.ToUniversalTime(),
                SortBy = sortBy,
                SortOrder = sortOrder,
                MaxResults = pageSize,
                NextToken = nextToken,
            };
    }
}
