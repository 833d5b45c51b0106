using System;
using System.Threading;
using System.Threading.Tasks;
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
    /// (or after the candidate and the time), and its model and configuration take the endpoint's name.
    /// </summary>
    internal sealed class JobDeployer : IJobDeployer
    {
        /// <summary>The instance type of an automatic deployment; locally the model runs in the server whatever it says.</summary>
        public const string InstanceType = "ml.m5.large";

        private readonly SageMakerOperation _createModel;
        private readonly SageMakerOperation _createConfig;
        private readonly SageMakerOperation _createEndpoint;
        private readonly TimeProvider _clock;

        public JobDeployer(IResourceStore models, IResourceStore configs, IEndpointStore endpoints, EndpointWorker worker, string region, TimeProvider clock)
        {
            _createModel = new CreateModelOperation(models, region, clock).Operation();
            _createConfig = new CreateEndpointConfigOperation(configs, models, region, clock).Operation();
            _createEndpoint = new CreateEndpointOperation(endpoints, new DeploymentResolver(configs, models, region), worker, region, clock).Operation();
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
            return plan.Endpoint.EndpointName!;
        }
    }
}
