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
            var (query, paging) = ListingQueries.WithStatus(request, StatusResourceSortBy.CreationTime);
            var page = await _endpoints.ListAsync(query, cancellationToken);
            return new ListEndpointsOutput
            {
                Endpoints = page.Items.Select(EndpointDocuments.Summarize).ToList(),
                NextToken = paging.NextToken(page.Next),
            };
        }
    }
}
