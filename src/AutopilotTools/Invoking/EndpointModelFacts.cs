using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Catalog;
using AutopilotTools.Client;
using AutopilotTools.Model;
using AutopilotTools.Requests;

namespace AutopilotTools.Invoking
{
    /// <summary>
    /// What an endpoint's model says about its answers, read from the endpoint itself: its config's first variant's
    /// model, and that model's last container's environment: SAGEMAKER_INFERENCE_OUTPUT (the response keys, as
    /// Deploy-AutoMLCandidate and Autopilot's own deployments choose them) and the problem type it serves (a
    /// forecasting model takes history with a header and answers a forecast with one). An endpoint invoked by name
    /// thus reads its answers as it was deployed.
    /// </summary>
    internal sealed class EndpointModelFacts
    {
        private EndpointModelFacts(IReadOnlyList<string> responseKeys, string? problemType)
        {
            ResponseKeys = responseKeys;
            ProblemType = problemType;
        }

        /// <summary>What a model that says nothing is taken to be: predicted_label alone, row by row.</summary>
        public static readonly EndpointModelFacts Unknown = new EndpointModelFacts(Array.Empty<string>(), null);

        /// <summary>The keys the endpoint returns per row, in order; empty for its default (predicted_label).</summary>
        public IReadOnlyList<string> ResponseKeys { get; }

        /// <summary>The AutoMLProblemTypeConfigName the model serves, when its container says.</summary>
        public string? ProblemType { get; }

        public bool IsForecasting => ProblemType == AutoMLProblemTypeConfigName.TimeSeriesForecasting;

        public static async Task<EndpointModelFacts> ReadAsync(ISageMakerApi api, string endpointName, CancellationToken cancellationToken)
        {
            DescribeEndpointOutput endpoint = await api.DescribeEndpointAsync(new DescribeEndpointInput { EndpointName = endpointName }, cancellationToken).ConfigureAwait(false);
            DescribeEndpointConfigOutput config = await api.DescribeEndpointConfigAsync(new DescribeEndpointConfigInput { EndpointConfigName = endpoint.EndpointConfigName }, cancellationToken).ConfigureAwait(false);
            // Every variant of an Autopilot deployment serves the same candidate; the first one speaks for all.
            string? modelName = config.ProductionVariants?.FirstOrDefault()?.ModelName;
            if (modelName == null)
            {
                return Unknown;
            }

            return await OfModelAsync(api, modelName, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>What a model (an endpoint's, or a batch transform's) says of itself: its last container's output keys and problem type.</summary>
        public static async Task<EndpointModelFacts> OfModelAsync(ISageMakerApi api, string modelName, CancellationToken cancellationToken)
        {
            DescribeModelOutput model = await api.DescribeModelAsync(new DescribeModelInput { ModelName = modelName }, cancellationToken).ConfigureAwait(false);
            List<ContainerDefinition> containers = model.Containers is { Count: > 0 } ? model.Containers
                : model.PrimaryContainer != null ? new List<ContainerDefinition> { model.PrimaryContainer }
                : new List<ContainerDefinition>();
            List<IDictionary<string, string>?> environments = containers.Select(c => (IDictionary<string, string>?)c.Environment).ToList();
            string? problemType = environments.LastOrDefault() is IDictionary<string, string> last && last.TryGetValue(ContainerEnvironment.ProblemType, out string? name) ? name : null;
            return new EndpointModelFacts(ResponseKeyChain.OutputOf(environments), problemType);
        }
    }
}
