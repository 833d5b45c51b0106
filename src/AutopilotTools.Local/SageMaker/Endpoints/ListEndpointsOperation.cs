using AutopilotTools.Local.SageMaker.Paging;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Endpoints
{
    /// <summary>
    /// ListEndpoints: filtered by status, part of the name and time windows (bounds exclusive), sorted by
    /// CreationTime (the default), Name or Status, Descending unless asked otherwise, 10 per page by default.
    /// </summary>
    internal static class ListEndpointsOperation
    {
        public static SageMakerOperation Operation(IEndpointStore endpoints) =>
            SageMakerOperation.Create<ListEndpointsInput, ListEndpointsOutput>(SageMakerOperations.ListEndpoints, async (request, cancellationToken) =>
            {
                var (summaries, nextToken) = await ListingQueries.PageAsync(request, StatusResourceSortBy.CreationTime, endpoints, EndpointDocuments.Summarize, cancellationToken);
                return new ListEndpointsOutput { Endpoints = summaries, NextToken = nextToken };
            });
    }
}
