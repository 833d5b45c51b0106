using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Jobs;
using AutopilotTools.Local.SageMaker.Jobs;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Endpoints
{
    /// <summary>
    /// DeleteEndpoint: the endpoint turns Deleting at once (whatever it was doing; a load under way is dropped when
    /// it finishes) and is gone once the worker has unloaded its models. Its config and models stay.
    /// </summary>
    internal sealed class DeleteEndpointOperation
    {
        private readonly IEndpointStore _endpoints;
        private readonly EndpointWorker _worker;
        private readonly System.TimeProvider _clock;

        public DeleteEndpointOperation(IEndpointStore endpoints, EndpointWorker worker, System.TimeProvider clock)
        {
            _endpoints = endpoints;
            _worker = worker;
            _clock = clock;
        }

        public SageMakerOperation Operation() =>
            SageMakerOperation.Create<DeleteEndpointInput, EmptyResponse>(SageMakerOperations.DeleteEndpoint, DeleteAsync);

        private async Task<EmptyResponse> DeleteAsync(DeleteEndpointInput request, CancellationToken cancellationToken)
        {
            string name = request.EndpointName!;
            EndpointRecord? endpoint = await _endpoints.UpdateAsync(
                name,
                current => current.Status == EndpointStatus.Deleting
                    ? null
                    : EndpointState.Of(current).Apply(current, EndpointStatus.Deleting, JobClock.Now(_clock)),
                cancellationToken);
            if (endpoint == null)
            {
                throw SageMakerError.CouldNotFind("endpoint", name);
            }

            _worker.Enqueue(endpoint.Name);
            return new EmptyResponse();
        }
    }
}
