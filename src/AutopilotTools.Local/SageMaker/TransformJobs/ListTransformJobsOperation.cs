using AutopilotTools.Local.SageMaker.Paging;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.TransformJobs
{
    /// <summary>
    /// ListTransformJobs: filtered by status, part of the name and time windows (bounds exclusive), sorted by
    /// CreationTime (the default), Name or Status, Descending unless asked otherwise, 10 per page by default.
    /// </summary>
    internal static class ListTransformJobsOperation
    {
        public static SageMakerOperation Operation(ITransformJobStore jobs) =>
            SageMakerOperation.Create<ListTransformJobsRequest, ListTransformJobsResponse>(SageMakerOperations.ListTransformJobs, async (request, cancellationToken) =>
            {
                var (summaries, nextToken) = await ListingQueries.PageAsync(request, StatusResourceSortBy.CreationTime, jobs, TransformJobDocuments.Summarize, cancellationToken);
                return new ListTransformJobsResponse { TransformJobSummaries = summaries, NextToken = nextToken };
            });
    }
}
