using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Jobs;
using AutopilotTools.Local.ModelHosting;
using AutopilotTools.Local.SageMaker.Jobs;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Endpoints
{
    /// <summary>
    /// Moves endpoints along in the background, as the service does after answering: Creating → InService once the
    /// models load (Failed with the reason when they cannot); Updating → InService on the new config (or back on the
    /// old one, with the reason, when the new one cannot load); Deleting → gone. One endpoint at a time: loads are
    /// quick, and one queue keeps every endpoint's changes in order.
    /// <para>After a restart every endpoint is queued again: InService ones load their models (and turn Failed if they
    /// no longer can), Creating and Updating ones carry on from their stored deployment, Deleting ones finish.</para>
    /// </summary>
    internal sealed class EndpointWorker : IAsyncDisposable
    {
        public const string ReloadFailedPrefix = "After the local server restarted, the endpoint's model could not be loaded again: ";

        private readonly IEndpointStore _endpoints;
        private readonly LoadedEndpoints _loaded;
        private readonly TimeProvider _clock;
        private readonly BackgroundQueue _queue;

        public EndpointWorker(IEndpointStore endpoints, LoadedEndpoints loaded, TimeProvider clock, TextWriter? diagnostics)
        {
            _endpoints = endpoints;
            _loaded = loaded;
            _clock = clock;
            // The endpoint keeps its status; the next start queues it again.
            _queue = new BackgroundQueue(ReconcileAsync, (name, error) => diagnostics?.WriteLine($"Could not move endpoint {name} along: {error}"));
        }

        public void Enqueue(string endpointName) => _queue.Enqueue(endpointName);

        /// <summary>Queues every stored endpoint, so what a stop interrupted carries on; returns how many.</summary>
        public async Task<int> RecoverAsync(CancellationToken cancellationToken)
        {
            int count = 0;
            foreach (EndpointRecord endpoint in await _endpoints.AllAsync(cancellationToken))
            {
                if (endpoint.Status != EndpointStatus.Failed)
                {
                    Enqueue(endpoint.Name);
                    count++;
                }
            }

            return count;
        }

        public ValueTask DisposeAsync() => _queue.DisposeAsync();

        private async Task ReconcileAsync(string name, CancellationToken cancellationToken)
        {
            EndpointRecord? endpoint = await _endpoints.GetAsync(name, cancellationToken);
            if (endpoint == null)
            {
                await _loaded.RetireAsync(name, null);
                return;
            }

            EndpointState state = EndpointState.Of(endpoint);
            switch (endpoint.Status)
            {
                case EndpointStatus.Creating:
                case EndpointStatus.Updating:
                    await DeployAsync(endpoint, state.Target!, cancellationToken);
                    break;
                case EndpointStatus.InService:
                    await WarmUpAsync(endpoint, state.Serving!, cancellationToken);
                    break;
                case EndpointStatus.Deleting:
                    await _loaded.RetireAsync(endpoint.Name, null);
                    await _endpoints.DeleteAsync(endpoint.Name, cancellationToken);
                    break;
                default:
                    await _loaded.RetireAsync(endpoint.Name, null);
                    break;
            }
        }

        /// <summary>Loads the target deployment and makes it the one served, unless the endpoint moved on meanwhile (deleted, say).</summary>
        private async Task DeployAsync(EndpointRecord endpoint, EndpointDeployment target, CancellationToken cancellationToken)
        {
            string? failure = await TryLoadAsync(endpoint.Name, target, cancellationToken);
            bool creating = endpoint.Status == EndpointStatus.Creating;
            bool applied = false;
            await _endpoints.UpdateAsync(
                endpoint.Name,
                current =>
                {
                    EndpointState state = EndpointState.Of(current);
                    if (current.Status != endpoint.Status || state.Target?.Id != target.Id)
                    {
                        return null;
                    }

                    applied = true;
                    DateTime now = JobClock.Now(_clock);
                    state.Target = null;
                    state.TargetStartTime = null;
                    if (failure == null)
                    {
                        target.ServingSince = now;
                        state.Serving = target;
                        state.FailureReason = null;
                        return state.Apply(current, EndpointStatus.InService, now);
                    }

                    state.FailureReason = creating ? failure : $"Updating to endpoint config {target.EndpointConfigName} failed, so the endpoint still serves {state.Serving?.EndpointConfigName}: {failure}";
                    return state.Apply(current, creating ? EndpointStatus.Failed : EndpointStatus.InService, now);
                },
                cancellationToken);

            if (applied && failure == null)
            {
                await _loaded.RetireAsync(endpoint.Name, target.Id);
            }
            else
            {
                await _loaded.RetireDeploymentAsync(target.Id);
            }
        }

        /// <summary>Loads what an InService endpoint serves (after a restart); one that can no longer load is Failed, with the reason.</summary>
        private async Task WarmUpAsync(EndpointRecord endpoint, EndpointDeployment serving, CancellationToken cancellationToken)
        {
            string? failure = await TryLoadAsync(endpoint.Name, serving, cancellationToken);
            if (failure == null)
            {
                return;
            }

            await _endpoints.UpdateAsync(
                endpoint.Name,
                current =>
                {
                    EndpointState state = EndpointState.Of(current);
                    if (current.Status != EndpointStatus.InService || state.Serving?.Id != serving.Id)
                    {
                        return null;
                    }

                    state.FailureReason = ReloadFailedPrefix + failure;
                    return state.Apply(current, EndpointStatus.Failed, JobClock.Now(_clock));
                },
                cancellationToken);
        }

        /// <summary>Null when loaded, else why not. A stop of the server ends the wait; the next start carries on.</summary>
        private async Task<string?> TryLoadAsync(string endpointName, EndpointDeployment deployment, CancellationToken cancellationToken)
        {
            try
            {
                await _loaded.GetOrLoadAsync(endpointName, deployment).WaitAsync(cancellationToken);
                return null;
            }
            catch (ModelLoadException error)
            {
                return error.Message;
            }
        }
    }
}
