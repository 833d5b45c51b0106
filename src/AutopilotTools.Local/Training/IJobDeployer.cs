using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Training
{
    /// <summary>Deploys a finished job's best candidate as its ModelDeployConfig asks, as the service's one-click deployment does.</summary>
    internal interface IJobDeployer
    {
        /// <summary>Creates the model, endpoint configuration and endpoint; returns the endpoint's name.</summary>
        /// <exception cref="SageMaker.SageMakerError">A resource could not be created (e.g. the endpoint name is taken); the message says why.</exception>
        Task<string> DeployAsync(Model.AutoMLCandidate best, ModelDeployConfig config, CancellationToken cancellationToken);
    }
}
