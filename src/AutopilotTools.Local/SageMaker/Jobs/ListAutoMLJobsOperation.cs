using AutopilotTools.Local.SageMaker.Paging;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Jobs
{
    /// <summary>
    /// ListAutoMLJobs: jobs of both APIs, filtered by status, part of the name and time windows (bounds exclusive),
    /// sorted by Name (the default), CreationTime or Status, Descending unless asked otherwise, 10 per page by default.
    /// </summary>
    internal static class ListAutoMLJobsOperation
    {
        public static SageMakerOperation Operation(IJobStore jobs) =>
            SageMakerOperation.Create<ListAutoMLJobsRequest, ListAutoMLJobsResponse>(SageMakerOperations.ListAutoMLJobs, async (request, cancellationToken) =>
            {
                var (summaries, nextToken) = await ListingQueries.PageAsync(request, StatusResourceSortBy.Name, jobs, Summarize, cancellationToken);
                return new ListAutoMLJobsResponse { AutoMLJobSummaries = summaries, NextToken = nextToken };
            });

        /// <summary>The summary members have the same names in the describe documents of both APIs.</summary>
        private static Model.AutoMLJobSummary Summarize(JobRecord job) =>
            ModelCopy.SameNamed(Documents.Deserialize<DescribeAutoMLJobV2Response>(job.Document), new Model.AutoMLJobSummary());
    }
}
