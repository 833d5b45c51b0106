using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.SageMaker.Paging;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.TransformJobs
{
    /// <summary>
    /// ListTransformJobs: filtered by status, part of the name and time windows (bounds exclusive), sorted by
    /// CreationTime (the default), Name or Status, Descending unless asked otherwise, 10 per page by default.
    /// </summary>
    internal sealed class ListTransformJobsOperation
    {
        private readonly ITransformJobStore _jobs;

        public ListTransformJobsOperation(ITransformJobStore jobs) => _jobs = jobs;

        public SageMakerOperation Operation() =>
            SageMakerOperation.Create<ListTransformJobsRequest, ListTransformJobsResponse>(SageMakerOperations.ListTransformJobs, ListAsync);

        private async Task<ListTransformJobsResponse> ListAsync(ListTransformJobsRequest request, CancellationToken cancellationToken)
        {
            var (query, paging) = ListingQueries.WithStatus(request, StatusResourceSortBy.CreationTime);
            var page = await _jobs.ListAsync(query, cancellationToken);
            return new ListTransformJobsResponse
            {
                TransformJobSummaries = page.Items.Select(TransformJobDocuments.Summarize).ToList(),
                NextToken = paging.NextToken(page.Next),
            };
        }
    }
}
