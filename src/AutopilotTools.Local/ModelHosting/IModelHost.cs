using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Model;

namespace AutopilotTools.Local.ModelHosting
{
    /// <summary>
    /// What runs a model's containers for an endpoint: given the containers (image, model data URL, environment),
    /// it loads them or says why it cannot. The server has one host; endpoints never see what is behind it.
    /// </summary>
    internal interface IModelHost
    {
        /// <exception cref="ModelLoadException">The model cannot run here; the message becomes the endpoint's FailureReason.</exception>
        Task<ILoadedModel> LoadAsync(HostedModel model, CancellationToken cancellationToken);
    }

    /// <summary>One model of an endpoint, as CreateModel described it: its containers in inference order.</summary>
    internal sealed record HostedModel(string ModelName, IReadOnlyList<ContainerDefinition> Containers);
}
