using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.SageMaker.Paging;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Jobs
{
    /// <summary>
    /// ListAutoMLJobs: jobs of both APIs, filtered by status, part of the name and time windows (bounds exclusive),
    /// sorted by Name (the default), CreationTime or Status, Descending unless asked otherwise, 10 per page by default.
    /// </summary>
    internal sealed class ListAutoMLJobsOperation
    {
        private readonly IJobStore _jobs;

        public ListAutoMLJobsOperation(IJobStore jobs) => _jobs = jobs;

        public SageMakerOperation Operation() =>
            SageMakerOperation.Create<ListAutoMLJobsRequest, ListAutoMLJobsResponse>(SageMakerOperations.ListAutoMLJobs, ListAsync);

        private async Task<ListAutoMLJobsResponse> ListAsync(ListAutoMLJobsRequest request, CancellationToken cancellationToken)
        {
            var (query, paging) = ListingQueries.WithStatus(request, StatusResourceSortBy.Name);
            var page = await _jobs.ListAsync(query, cancellationToken);
            return new ListAutoMLJobsResponse
            {
                AutoMLJobSummaries = page.Items.Select(Summarize).ToList(),
                NextToken = paging.NextToken(page.Next),
            };
        }

        /// <summary>The summary members have the same names in the describe documents of both APIs.</summary>
        private static Model.AutoMLJobSummary Summarize(JobRecord job) =>
            ModelCopy.SameNamed(Documents.Deserialize<DescribeAutoMLJobV2Response>(job.Document), new Model.AutoMLJobSummary());
    }
}
