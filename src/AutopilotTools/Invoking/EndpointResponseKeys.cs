using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Model;
using AutopilotTools.Requests;

namespace AutopilotTools.Invoking
{
    /// <summary>
    /// What an endpoint returns per row, read from the endpoint itself: its config's first variant's model, and that
    /// model's last container's SAGEMAKER_INFERENCE_OUTPUT (how Deploy-AutoMLCandidate and Autopilot's own
    /// deployments choose the keys). An endpoint invoked by name thus reads its answers as it was deployed.
    /// </summary>
    internal static class EndpointResponseKeys
    {
        public static async Task<IReadOnlyList<string>> ReadAsync(ISageMakerApi api, string endpointName, CancellationToken cancellationToken)
        {
            DescribeEndpointOutput endpoint = await api.DescribeEndpointAsync(new DescribeEndpointInput { EndpointName = endpointName }, cancellationToken).ConfigureAwait(false);
            DescribeEndpointConfigOutput config = await api.DescribeEndpointConfigAsync(new DescribeEndpointConfigInput { EndpointConfigName = endpoint.EndpointConfigName }, cancellationToken).ConfigureAwait(false);
            // Every variant of an Autopilot deployment serves the same candidate; the first one speaks for all.
            string? modelName = config.ProductionVariants?.FirstOrDefault()?.ModelName;
            if (modelName == null)
            {
                return new string[0];
            }

            return await OfModelAsync(api, modelName, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>What a model returns per row (a batch transform's model, or an endpoint's): its last container's SAGEMAKER_INFERENCE_OUTPUT.</summary>
        public static async Task<IReadOnlyList<string>> OfModelAsync(ISageMakerApi api, string modelName, CancellationToken cancellationToken)
        {
            DescribeModelOutput model = await api.DescribeModelAsync(new DescribeModelInput { ModelName = modelName }, cancellationToken).ConfigureAwait(false);
            List<ContainerDefinition> containers = model.Containers is { Count: > 0 } ? model.Containers
                : model.PrimaryContainer != null ? new List<ContainerDefinition> { model.PrimaryContainer }
                : new List<ContainerDefinition>();
            return ResponseKeyChain.OutputOf(containers.Select(c => (IDictionary<string, string>?)c.Environment).ToList());
        }
    }
}
