using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Endpoints
{
    /// <summary>
    /// Turns an endpoint config name into the deployment an endpoint will run: the config's variants with their
    /// models' containers. A missing config or model is SageMaker's "Could not find …" naming its ARN.
    /// </summary>
    internal sealed class DeploymentResolver
    {
        private readonly IResourceStore _configs;
        private readonly IResourceStore _models;
        private readonly string _region;

        public DeploymentResolver(IResourceStore configs, IResourceStore models, string region)
        {
            _configs = configs;
            _models = models;
            _region = region;
        }

        public async Task<EndpointDeployment> ResolveAsync(string configName, CancellationToken cancellationToken)
        {
            ResourceRecord configRecord = await _configs.GetAsync(configName, cancellationToken)
                ?? throw SageMakerError.CouldNotFind("endpoint configuration", Arns.EndpointConfig(_region, configName));
            DescribeEndpointConfigOutput config = Documents.Deserialize<DescribeEndpointConfigOutput>(configRecord.Document);
            var deployment = new EndpointDeployment { EndpointConfigName = configRecord.Name };
            foreach (ProductionVariant variant in config.ProductionVariants ?? new List<ProductionVariant>())
            {
                ResourceRecord modelRecord = await _models.GetAsync(variant.ModelName!, cancellationToken)
                    ?? throw SageMakerError.CouldNotFind("model", Arns.Model(_region, variant.ModelName!));
                DescribeModelOutput model = Documents.Deserialize<DescribeModelOutput>(modelRecord.Document);
                deployment.Variants.Add(new DeployedVariant
                {
                    VariantName = variant.VariantName!,
                    ModelName = modelRecord.Name,
                    InstanceType = variant.InstanceType,
                    InstanceCount = variant.InitialInstanceCount,
                    ServerlessConfig = variant.ServerlessConfig,
                    Weight = variant.InitialVariantWeight ?? 1,
                    Containers = ContainersOf(model),
                });
            }

            return deployment;
        }

        /// <summary>A model's containers in inference order: its PrimaryContainer alone, or its Containers.</summary>
        public static List<ContainerDefinition> ContainersOf(DescribeModelOutput model) =>
            model.PrimaryContainer != null
                ? new List<ContainerDefinition> { model.PrimaryContainer }
                : model.Containers?.ToList() ?? new List<ContainerDefinition>();
    }
}
