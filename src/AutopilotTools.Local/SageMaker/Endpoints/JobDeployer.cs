using System;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Jobs;
using AutopilotTools.Local.SageMaker.EndpointConfigs;
using AutopilotTools.Local.SageMaker.Jobs;
using AutopilotTools.Local.SageMaker.Models;
using AutopilotTools.Local.Storage;
using AutopilotTools.Local.Training;
using AutopilotTools.Model;
using AutopilotTools.Requests;

namespace AutopilotTools.Local.SageMaker.Endpoints
{
    /// <summary>
    /// A job's automatic deployment through the same operations a client calls (CreateModel, CreateEndpointConfig,
    /// CreateEndpoint), planned as Deploy-AutoMLCandidate plans one: the endpoint is named as ModelDeployConfig says
    /// (or after the candidate and the time), and its model and configuration take the endpoint's name. It returns
    /// when the endpoint serves.
    /// </summary>
    internal sealed class JobDeployer : IJobDeployer
    {
        /// <summary>The instance type of an automatic deployment; locally the model runs in the server whatever it says.</summary>
        public const string InstanceType = "ml.m5.large";

        private readonly SageMakerOperation _createModel;
        private readonly SageMakerOperation _createConfig;
        private readonly SageMakerOperation _createEndpoint;
        private readonly SageMakerOperation _describeEndpoint;
        private readonly TimeProvider _clock;

        public JobDeployer(IResourceStore models, IResourceStore configs, IEndpointStore endpoints, EndpointWorker worker, string region, TimeProvider clock)
        {
            _createModel = new CreateModelOperation(models, region, clock).Operation();
            _createConfig = new CreateEndpointConfigOperation(configs, models, region, clock).Operation();
            _createEndpoint = new CreateEndpointOperation(endpoints, new DeploymentResolver(configs, models, region), worker, region, clock).Operation();
            _describeEndpoint = DescribeEndpointOperation.Operation(endpoints);
            _clock = clock;
        }

        public async Task<string> DeployAsync(Model.AutoMLCandidate best, ModelDeployConfig config, CancellationToken cancellationToken)
        {
            var options = new DeploymentOptions
            {
                EndpointName = config.AutoGenerateEndpointName == true ? null : config.EndpointName,
                InstanceType = InstanceType,
                InitialInstanceCount = 1,
            };
            DeploymentPlan plan = DeploymentPlan.For(best, options, JobClock.Now(_clock));
            await _createModel.InvokeAsync(plan.Model, cancellationToken);
            await _createConfig.InvokeAsync(plan.Config, cancellationToken);
            await _createEndpoint.InvokeAsync(plan.Endpoint, cancellationToken);
            await UntilServingAsync(plan.Endpoint.EndpointName!, cancellationToken);
            return plan.Endpoint.EndpointName!;
        }

        /// <summary>
        /// The job completes once its endpoint serves, so a script that waited for the job can call the endpoint
        /// (loading a model here takes moments); an endpoint that fails to load fails the deployment.
        /// </summary>
        private async Task UntilServingAsync(string endpointName, CancellationToken cancellationToken)
        {
            while (true)
            {
                var endpoint = (DescribeEndpointOutput)await _describeEndpoint.InvokeAsync(new DescribeEndpointInput { EndpointName = endpointName }, cancellationToken);
                if (endpoint.EndpointStatus == EndpointStatus.InService)
                {
                    return;
                }

                if (endpoint.EndpointStatus != EndpointStatus.Creating)
                {
                    throw new SageMakerError("ModelDeploymentError", $"endpoint {endpointName} is {endpoint.EndpointStatus}: {endpoint.FailureReason}");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }
    }
}
