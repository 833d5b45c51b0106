using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Jobs;
using AutopilotTools.Local.SageMaker.Jobs;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Endpoints
{
    /// <summary>
    /// UpdateEndpoint: an InService endpoint turns Updating and keeps serving its current config until the new one
    /// has loaded, then switches at once (so any DeploymentConfig's rollout is met: no request is dropped or split).
    /// If the new config cannot load, the endpoint stays InService on the old one with the reason in FailureReason.
    /// </summary>
    internal sealed class UpdateEndpointOperation
    {
        private readonly IEndpointStore _endpoints;
        private readonly DeploymentResolver _resolver;
        private readonly EndpointWorker _worker;
        private readonly System.TimeProvider _clock;

        public UpdateEndpointOperation(IEndpointStore endpoints, DeploymentResolver resolver, EndpointWorker worker, System.TimeProvider clock)
        {
            _endpoints = endpoints;
            _resolver = resolver;
            _worker = worker;
            _clock = clock;
        }

        public SageMakerOperation Operation() =>
            SageMakerOperation.Create<UpdateEndpointInput, UpdateEndpointOutput>(SageMakerOperations.UpdateEndpoint, UpdateAsync);

        private async Task<UpdateEndpointOutput> UpdateAsync(UpdateEndpointInput request, CancellationToken cancellationToken)
        {
            string name = request.EndpointName!;
            EndpointRecord existing = await _endpoints.GetAsync(name, cancellationToken) ?? throw SageMakerError.CouldNotFind("endpoint", name);
            EndpointDeployment target = await _resolver.ResolveAsync(request.EndpointConfigName!, cancellationToken);
            string? refusal = null;
            EndpointRecord? updated = await _endpoints.UpdateAsync(
                name,
                current =>
                {
                    if (current.Status != EndpointStatus.InService)
                    {
                        refusal = current.Status == EndpointStatus.Failed
                            ? $"Cannot update failed endpoint \"{current.Arn}\"; delete it and create it again."
                            : $"Cannot update in-progress endpoint \"{current.Arn}\".";
                        return null;
                    }

                    EndpointState state = EndpointState.Of(current);
                    state.Target = target;
                    state.TargetStartTime = JobClock.Now(_clock);
                    state.FailureReason = null;
                    return state.Apply(current, EndpointStatus.Updating, state.TargetStartTime.Value);
                },
                cancellationToken);
            if (updated == null)
            {
                throw SageMakerError.CouldNotFind("endpoint", name);
            }

            if (refusal != null)
            {
                throw SageMakerError.Validation(refusal);
            }

            _worker.Enqueue(updated.Name);
            return new UpdateEndpointOutput { EndpointArn = existing.Arn };
        }
    }
}
