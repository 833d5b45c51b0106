using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading.Tasks;
using AutopilotTools.Identity;
using AutopilotTools.Infrastructure;
using AutopilotTools.Model;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// Describes batch transform jobs (such as Invoke-AutoMLBatchTransform -NoWait returns) by name or ARN, from
    /// parameters or the pipeline. Without a name, lists transform jobs with the ListTransformJobs filters, page by
    /// page as they arrive, as Get-AutoMLJobV2 lists AutoML jobs.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "AutoMLBatchTransform", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(DescribeTransformJobResponse), ParameterSetName = new[] { DescribeSet })]
    [OutputType(typeof(TransformJobSummary), ParameterSetName = new[] { ListSet })]
    public sealed class GetAutoMLBatchTransformCommand : ListQueryCmdlet
    {
        /// <summary>Transform job names or ARNs (or transform job objects from the pipeline).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = DescribeSet)]
        [Alias("Name", "TransformJobArn")]
        [ArgumentCompleter(typeof(TransformJobNameCompleter))]
        public TransformJobIdentity[] TransformJobName { get; set; } = Array.Empty<TransformJobIdentity>();

        /// <summary>Only jobs in this status.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ApiEnum(typeof(TransformJobStatus))]
        [ArgumentCompleter(typeof(TransformJobStatusCompleter))]
        public string? StatusEquals { get; set; }

        /// <summary>Name, CreationTime or Status.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ApiEnum(typeof(SortBy))]
        [ArgumentCompleter(typeof(SortByCompleter))]
        public string? SortBy { get; set; }

        /// <summary>Ascending or Descending.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ApiEnum(typeof(SortOrder))]
        [ArgumentCompleter(typeof(SortOrderCompleter))]
        public string? SortOrder { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ListSet)
            {
                WritePages<TransformJobSummary>(ListPage, summary => summary);
                return;
            }

            foreach (TransformJobIdentity job in TransformJobName)
            {
                ForTransformJob(job, SageMakerOperations.DescribeTransformJob, name =>
                    WriteApiObject(Await(SageMaker.DescribeTransformJobAsync(new DescribeTransformJobRequest { TransformJobName = name }, CancelToken))));
            }
        }

        private async Task<(IReadOnlyList<TransformJobSummary>, string?)> ListPage(string? nextToken, int pageSize)
        {
            var request = PageRequest<ListTransformJobsRequest>(StatusEquals, SortBy, SortOrder, nextToken, pageSize);
            ListTransformJobsResponse page = await SageMaker.ListTransformJobsAsync(request, CancelToken).ConfigureAwait(false);
            return ((IReadOnlyList<TransformJobSummary>?)page.TransformJobSummaries ?? Array.Empty<TransformJobSummary>(), page.NextToken);
        }
    }
}
