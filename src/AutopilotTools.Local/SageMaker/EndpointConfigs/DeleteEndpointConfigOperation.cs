using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.EndpointConfigs
{
    /// <summary>
    /// DeleteEndpointConfig: removes the config and its tags. As in SageMaker, an endpoint made from it keeps
    /// serving what it was deployed with.
    /// </summary>
    internal sealed class DeleteEndpointConfigOperation
    {
        private readonly IResourceStore _configs;

        public DeleteEndpointConfigOperation(IResourceStore configs) => _configs = configs;

        public SageMakerOperation Operation() =>
            SageMakerOperation.Create<DeleteEndpointConfigInput, EmptyResponse>(SageMakerOperations.DeleteEndpointConfig, DeleteAsync);

        private async Task<EmptyResponse> DeleteAsync(DeleteEndpointConfigInput request, CancellationToken cancellationToken) =>
            await _configs.DeleteAsync(request.EndpointConfigName!, cancellationToken)
                ? new EmptyResponse()
                : throw SageMakerError.CouldNotFind("endpoint configuration", request.EndpointConfigName!);
    }
}
