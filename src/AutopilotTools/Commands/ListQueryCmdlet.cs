using System;
using System.Management.Automation;
using AutopilotTools.Infrastructure;

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

        /// <summary>The time filters as the List calls take them: in UTC.</summary>
        protected (DateTime? CreatedAfter, DateTime? CreatedBefore, DateTime? LastModifiedAfter, DateTime? LastModifiedBefore) UtcTimeFilters =>
            (CreatedAfter?.ToUniversalTime(), CreatedBefore?.ToUniversalTime(), LastModifiedAfter?.ToUniversalTime(), LastModifiedBefore?.ToUniversalTime());
    }
}
