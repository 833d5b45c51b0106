using System;
using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Endpoints
{
    /// <summary>
    /// What an endpoint runs, copied from its endpoint config and models when it was created or updated. Keeping the
    /// copy is what lets the endpoint outlive a deleted model or config, as in SageMaker, and be loaded again after
    /// a restart.
    /// </summary>
    internal sealed class EndpointDeployment
    {
        /// <summary>Tells this deployment from the endpoint's others, so a load that finishes late cannot replace a newer one.</summary>
        public string Id { get; set; } = Guid.NewGuid().ToString("N");

        public string EndpointConfigName { get; set; } = string.Empty;

        /// <summary>When the endpoint began serving it (its images' resolution time); null until then.</summary>
        public DateTime? ServingSince { get; set; }

        public List<DeployedVariant> Variants { get; set; } = new List<DeployedVariant>();
    }

    /// <summary>One production variant of a deployment with its model's containers.</summary>
    internal sealed class DeployedVariant
    {
        public string VariantName { get; set; } = string.Empty;

        public string ModelName { get; set; } = string.Empty;

        public string? InstanceType { get; set; }

        public int? InstanceCount { get; set; }

        public ProductionVariantServerlessConfig? ServerlessConfig { get; set; }

        public double Weight { get; set; } = 1;

        public List<ContainerDefinition> Containers { get; set; } = new List<ContainerDefinition>();
    }
}
