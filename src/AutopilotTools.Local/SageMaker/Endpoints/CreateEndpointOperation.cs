using System;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Jobs;
using AutopilotTools.Local.SageMaker.Jobs;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Endpoints
{
    /// <summary>
    /// CreateEndpoint: answers at once with the endpoint Creating, its config and models copied as they are now;
    /// the worker then loads the models and makes it InService, or Failed with the reason.
    /// </summary>
    internal sealed class CreateEndpointOperation
    {
        private readonly IEndpointStore _endpoints;
        private readonly DeploymentResolver _resolver;
        private readonly EndpointWorker _worker;
        private readonly string _region;
        private readonly TimeProvider _clock;

        public CreateEndpointOperation(IEndpointStore endpoints, DeploymentResolver resolver, EndpointWorker worker, string region, TimeProvider clock)
        {
            _endpoints = endpoints;
            _resolver = resolver;
            _worker = worker;
            _region = region;
            _clock = clock;
        }

        public SageMakerOperation Operation() =>
            SageMakerOperation.Create<CreateEndpointInput, CreateEndpointOutput>(SageMakerOperations.CreateEndpoint, CreateAsync);

        private async Task<CreateEndpointOutput> CreateAsync(CreateEndpointInput request, CancellationToken cancellationToken)
        {
            string name = request.EndpointName!;
            string arn = Arns.Endpoint(_region, name);
            EndpointDeployment target = await _resolver.ResolveAsync(request.EndpointConfigName!, cancellationToken);
            DateTime now = JobClock.Now(_clock);
            var state = new EndpointState { Target = target, TargetStartTime = now };
            var endpoint = new EndpointRecord(name, arn, EndpointStatus.Creating, now, now, Documents.Serialize(state));
            if (!await _endpoints.TryAddAsync(endpoint, Documents.Tags(request.Tags), cancellationToken))
            {
                throw SageMakerError.AlreadyExists("endpoint", arn);
            }

            _worker.Enqueue(name);
            return new CreateEndpointOutput { EndpointArn = arn };
        }
    }
}
