using System;
using System.Collections.Generic;

namespace AutopilotTools
{
    /// <summary>
    /// A deployed candidate: the endpoint as DescribeEndpoint tells it, every member under its API name
    /// ($d.EndpointStatus, $d.ProductionVariants, …; filled in from the service while the cmdlet waits for it), and
    /// beside them its config and model and where they came from. It pipes on to Invoke-AutoMLEndpoint (by
    /// EndpointName, with the response keys it was deployed with and the model's feature order) and to
    /// Remove-AutoMLDeployment (which removes all three).
    /// </summary>
    public sealed class AutoMLDeployment : Model.DescribeEndpointOutput
    {
        public string? ModelName { get; set; }

        public string? AutoMLJobName { get; set; }

        public string? CandidateName { get; set; }

        public string? InstanceType { get; set; }

        public int? InitialInstanceCount { get; set; }

        /// <summary>What the endpoint returns per row (predicted_label, probability, …), in order; empty for the default.</summary>
        public IReadOnlyList<string> InferenceResponseKeys { get; set; } = Array.Empty<string>();

        /// <summary>Takes on what the service says of the endpoint now, keeping what only the deployment knows.</summary>
        public void Update(Model.DescribeEndpointOutput endpoint) =>
            Model.ModelCopy.Members(endpoint ?? throw new ArgumentNullException(nameof(endpoint)), this);

        /// <summary>
        /// The columns the model takes, in order (its training data's header less the target); empty when unknown.
        /// Invoke-AutoMLEndpoint puts rows given by name in this order.
        /// </summary>
        public IReadOnlyList<string> FeatureColumns { get; set; } = Array.Empty<string>();

        public override string ToString() => EndpointName ?? string.Empty;
    }
}
