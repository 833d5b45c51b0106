using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.SageMaker.Endpoints;

namespace AutopilotTools.Local.ModelHosting
{
    /// <summary>
    /// The models the server has loaded, by deployment. A deployment is loaded once however many requests ask for it
    /// at the same time (the endpoint worker when creating, updating or warming up after a restart; invocations when
    /// they get there first). A failed load is not remembered, so the next request tries again.
    /// </summary>
    internal sealed class LoadedEndpoints : IDisposable
    {
        private readonly IModelHost _host;
        private readonly ConcurrentDictionary<string, Loading> _loads = new ConcurrentDictionary<string, Loading>(StringComparer.Ordinal);
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        public LoadedEndpoints(IModelHost host) => _host = host;

        /// <exception cref="ModelLoadException">A variant's model cannot be loaded; the message names the variant and the model.</exception>
        public Task<LoadedDeployment> GetOrLoadAsync(string endpointName, EndpointDeployment deployment)
        {
            Loading loading = _loads.GetOrAdd(deployment.Id, _ => new Loading(endpointName, new Lazy<Task<LoadedDeployment>>(() => LoadAsync(deployment, _stopping.Token))));
            Task<LoadedDeployment> task = loading.Task.Value;
            _ = task.ContinueWith(
                _ => _loads.TryRemove(new KeyValuePair<string, Loading>(deployment.Id, loading)),
                CancellationToken.None,
                TaskContinuationOptions.NotOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            return task;
        }

        /// <summary>Unloads every deployment of the endpoint but <paramref name="keepId"/> (all of them when null).</summary>
        public async Task RetireAsync(string endpointName, string? keepId)
        {
            foreach (KeyValuePair<string, Loading> entry in _loads.Where(e => string.Equals(e.Value.EndpointName, endpointName, StringComparison.OrdinalIgnoreCase) && e.Key != keepId).ToList())
            {
                await UnloadAsync(entry);
            }
        }

        /// <summary>Unloads one deployment, e.g. an update's that lost to a delete.</summary>
        public async Task RetireDeploymentAsync(string deploymentId)
        {
            if (_loads.TryGetValue(deploymentId, out Loading? loading))
            {
                await UnloadAsync(new KeyValuePair<string, Loading>(deploymentId, loading));
            }
        }

        public void Dispose()
        {
            _stopping.Cancel();
            foreach (Loading loading in _loads.Values)
            {
                if (loading.Task.IsValueCreated && loading.Task.Value.IsCompletedSuccessfully)
                {
                    loading.Task.Value.Result.Dispose();
                }
            }

            _loads.Clear();
            _stopping.Dispose();
        }

        private async Task UnloadAsync(KeyValuePair<string, Loading> entry)
        {
            if (!_loads.TryRemove(entry) || !entry.Value.Task.IsValueCreated)
            {
                return;
            }

            try
            {
                (await entry.Value.Task.Value).Dispose();
            }
            catch (Exception error) when (error is ModelLoadException || error is OperationCanceledException)
            {
                // It never loaded, so there is nothing to unload.
            }
        }

        private async Task<LoadedDeployment> LoadAsync(EndpointDeployment deployment, CancellationToken cancellationToken)
        {
            var loaded = new List<LoadedVariant>();
            try
            {
                foreach (DeployedVariant variant in deployment.Variants)
                {
                    ILoadedModel model;
                    try
                    {
                        model = await _host.LoadAsync(new HostedModel(variant.ModelName, variant.Containers), cancellationToken);
                    }
                    catch (ModelLoadException error)
                    {
                        throw new ModelLoadException($"Production variant {variant.VariantName} could not load model {variant.ModelName}: {error.Message}", error);
                    }

                    loaded.Add(new LoadedVariant(variant.VariantName, variant.Weight, model));
                }

                return new LoadedDeployment(deployment.Id, loaded);
            }
            catch
            {
                loaded.ForEach(v => v.Model.Dispose());
                throw;
            }
        }

        private sealed record Loading(string EndpointName, Lazy<Task<LoadedDeployment>> Task);
    }
}
