using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Client.Errors;
using AutopilotTools.Model;
using AutopilotTools.Requests;

namespace AutopilotTools.Deploying
{
    /// <summary>
    /// Makes a deployment's three resources in order and remembers what it made, so that a failure can name them and,
    /// when asked, remove them (newest first).
    /// </summary>
    public sealed class DeploymentSteps
    {
        private readonly ISageMakerApi _api;
        private readonly Action<Task> _run;
        private readonly CancellationToken _cancel;
        private readonly List<(string Kind, string Name)> _created = new List<(string, string)>();

        public DeploymentSteps(ISageMakerApi api, Action<Task> run, CancellationToken cancel)
        {
            _api = api;
            _run = run;
            _cancel = cancel;
        }

        public IReadOnlyList<(string Kind, string Name)> Created => _created;

        /// <summary>Creates model, endpoint config and endpoint; returns the endpoint's ARN.</summary>
        public string? Create(DeploymentPlan plan)
        {
            _run(_api.CreateModelAsync(plan.Model, _cancel));
            _created.Add(("model", plan.Model.ModelName!));
            _run(_api.CreateEndpointConfigAsync(plan.Config, _cancel));
            _created.Add(("endpoint config", plan.Config.EndpointConfigName!));
            string? arn = null;
            _run(Task.Run(async () => arn = (await _api.CreateEndpointAsync(plan.Endpoint, _cancel).ConfigureAwait(false)).EndpointArn));
            _created.Add(("endpoint", plan.Endpoint.EndpointName!));
            return arn;
        }

        /// <summary>Removes what was created, newest first; returns what could not be removed.</summary>
        public IReadOnlyList<string> RemoveCreated()
        {
            var left = new List<string>();
            for (int i = _created.Count - 1; i >= 0; i--)
            {
                (string kind, string name) = _created[i];
                try
                {
                    _run(DeploymentRemoval.Delete(_api, kind, name, _cancel));
                }
                catch (Exception e) when (ServiceFailure.IsServiceFailure(e))
                {
                    left.Add($"{kind} '{name}' ({e.Message})");
                }
            }

            return left;
        }
    }

    /// <summary>Deletes one deployment resource; one already gone counts as deleted.</summary>
    public static class DeploymentRemoval
    {
        public static async Task Delete(ISageMakerApi api, string kind, string name, CancellationToken cancel)
        {
            try
            {
                switch (kind)
                {
                    case "endpoint":
                        await api.DeleteEndpointAsync(new DeleteEndpointInput { EndpointName = name }, cancel).ConfigureAwait(false);
                        break;
                    case "endpoint config":
                        await api.DeleteEndpointConfigAsync(new DeleteEndpointConfigInput { EndpointConfigName = name }, cancel).ConfigureAwait(false);
                        break;
                    default:
                        await api.DeleteModelAsync(new DeleteModelInput { ModelName = name }, cancel).ConfigureAwait(false);
                        break;
                }
            }
            catch (Exception e) when (ServiceFailure.IsNotFound(e))
            {
                // Idempotent: SageMaker answers a missing endpoint, config or model with ValidationException "Could not find …".
            }
        }
    }
}
