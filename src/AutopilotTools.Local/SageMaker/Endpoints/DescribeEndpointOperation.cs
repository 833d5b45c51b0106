using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Endpoints
{
    /// <summary>DescribeEndpoint; a missing endpoint is SageMaker's ValidationException "Could not find endpoint".</summary>
    internal sealed class DescribeEndpointOperation
    {
        private readonly IEndpointStore _endpoints;

        public DescribeEndpointOperation(IEndpointStore endpoints) => _endpoints = endpoints;

        public SageMakerOperation Operation() =>
            SageMakerOperation.Create<DescribeEndpointInput, DescribeEndpointOutput>(SageMakerOperations.DescribeEndpoint, DescribeAsync);

        private async Task<DescribeEndpointOutput> DescribeAsync(DescribeEndpointInput request, CancellationToken cancellationToken)
        {
            EndpointRecord endpoint = await _endpoints.GetAsync(request.EndpointName!, cancellationToken)
                ?? throw SageMakerError.CouldNotFind("endpoint", request.EndpointName!);
            return EndpointDocuments.Describe(endpoint);
        }
    }
}
