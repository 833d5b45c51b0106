using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.SageMaker.Paging;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Endpoints
{
    /// <summary>
    /// ListEndpoints: filtered by status, part of the name and time windows (bounds exclusive), sorted by
    /// CreationTime (the default), Name or Status, Descending unless asked otherwise, 10 per page by default.
    /// </summary>
    internal sealed class ListEndpointsOperation
    {
        private readonly IEndpointStore _endpoints;

        public ListEndpointsOperation(IEndpointStore endpoints) => _endpoints = endpoints;

        public SageMakerOperation Operation() =>
            SageMakerOperation.Create<ListEndpointsInput, ListEndpointsOutput>(SageMakerOperations.ListEndpoints, ListAsync);

        private async Task<ListEndpointsOutput> ListAsync(ListEndpointsInput request, CancellationToken cancellationToken)
        {
            StatusResourceSortBy sortBy = request.SortBy switch
            {
                EndpointSortKey.Name => StatusResourceSortBy.Name,
                EndpointSortKey.Status => StatusResourceSortBy.Status,
                _ => StatusResourceSortBy.CreationTime,
            };
            bool descending = request.SortOrder != OrderKey.Ascending;
            var paging = PageRequest.Sorted(sortBy, descending, request.NextToken, request.MaxResults);
            Page<EndpointRecord> page = await _endpoints.ListAsync(
                new StatusResourceQuery
                {
                    StatusEquals = request.StatusEquals,
                    NameContains = request.NameContains,
                    CreationTimeAfter = request.CreationTimeAfter,
                    CreationTimeBefore = request.CreationTimeBefore,
                    LastModifiedTimeAfter = request.LastModifiedTimeAfter,
                    LastModifiedTimeBefore = request.LastModifiedTimeBefore,
                    SortBy = sortBy,
                    Descending = descending,
                    PageSize = paging.PageSize,
                    After = paging.After,
                },
                cancellationToken);
            return new ListEndpointsOutput
            {
                Endpoints = page.Items.Select(EndpointDocuments.Summarize).ToList(),
                NextToken = paging.NextToken(page.Next),
            };
        }
    }
}
