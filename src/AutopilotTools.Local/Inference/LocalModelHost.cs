using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Local.Inference
{
    /// <summary>
    /// The server's model host. The local server runs no containers, so it can only run models it trained itself;
    /// until its training engine is in place it runs none, and says so as the endpoint's FailureReason.
    /// </summary>
    internal sealed class LocalModelHost : IModelHost
    {
        public Task<ILoadedModel> LoadAsync(HostedModel model, CancellationToken cancellationToken) =>
            Task.FromException<ILoadedModel>(new ModelLoadException(
                $"the local server cannot run image {model.Containers.Select(c => c.Image).FirstOrDefault() ?? "(none)"}: it runs no containers, only models trained by its own Autopilot jobs."));
    }
}
