using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Endpoints
{
    /// <summary>DescribeEndpoint; a missing endpoint is SageMaker's ValidationException "Could not find endpoint".</summary>
    internal static class DescribeEndpointOperation
    {
        public static SageMakerOperation Operation(IEndpointStore endpoints) =>
            SageMakerOperation.Create<DescribeEndpointInput, DescribeEndpointOutput>(SageMakerOperations.DescribeEndpoint, async (request, cancellationToken) =>
                EndpointDocuments.Describe(
                    await endpoints.GetAsync(request.EndpointName!, cancellationToken) ?? throw SageMakerError.CouldNotFind("endpoint", request.EndpointName!)));
    }
}
