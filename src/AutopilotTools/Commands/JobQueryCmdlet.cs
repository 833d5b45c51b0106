using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using AutopilotTools.Identity;
using AutopilotTools.Infrastructure;
using AutopilotTools.Model;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// What Get-AutoMLJobV2 and Get-AutoMLJob share: with job names, each is described (by the subclass, in its API's
    /// response shape); without, jobs are listed with the ListAutoMLJobs filters, page by page as they arrive.
    /// </summary>
    public abstract class JobQueryCmdlet : ListQueryCmdlet
    {
        /// <summary>Job names or ARNs (or job, summary or candidate objects from the pipeline).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = DescribeSet)]
        [Alias("Name", "AutoMLJobArn")]
        [ArgumentCompleter(typeof(AutoMLJobNameCompleter))]
        public AutoMLJobIdentity[] AutoMLJobName { get; set; } = Array.Empty<AutoMLJobIdentity>();

        /// <summary>Only jobs in this status.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ApiEnum(typeof(Model.AutoMLJobStatus))]
        [ArgumentCompleter(typeof(AutoMLJobStatusCompleter))]
        public string? StatusEquals { get; set; }

        /// <summary>Name, CreationTime or Status.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ApiEnum(typeof(AutoMLSortBy))]
        [ArgumentCompleter(typeof(AutoMLSortByCompleter))]
        public string? SortBy { get; set; }

        /// <summary>Ascending or Descending.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ApiEnum(typeof(AutoMLSortOrder))]
        [ArgumentCompleter(typeof(AutoMLSortOrderCompleter))]
        public string? SortOrder { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet)
            {
                WritePages<Model.AutoMLJobSummary>(ListPage, summary => new AutoMLJobSummary(summary));
                return;
            }

            foreach (AutoMLJobIdentity job in AutoMLJobName)
            {
                ForJob(job, DescribeOperation, name => WriteApiObject(Describe(name)));
            }
        }

        /// <summary>The describe operation's name, for error messages.</summary>
        protected abstract string DescribeOperation { get; }

        /// <summary>Describes one job in the subclass's API shape.</summary>
        protected abstract object Describe(string jobName);

        private async System.Threading.Tasks.Task<(IReadOnlyList<Model.AutoMLJobSummary>, string?)> ListPage(string? nextToken, int pageSize)
        {
            var request = PageRequest<ListAutoMLJobsRequest>(StatusEquals, SortBy, SortOrder, nextToken, pageSize);
            ListAutoMLJobsResponse page = await SageMaker.ListAutoMLJobsAsync(request, CancelToken).ConfigureAwait(false);
            return ((IReadOnlyList<Model.AutoMLJobSummary>?)page.AutoMLJobSummaries ?? Array.Empty<Model.AutoMLJobSummary>(), page.NextToken);
        }
    }
}
