using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Model;

namespace AutopilotTools.Tests.Local
{
    /// <summary>Model, endpoint config and endpoint requests as the module's Deploy-AutoMLCandidate sends them, and waits on endpoints.</summary>
    internal static class Deployments
    {
        /// <summary>The image the tests' echo host runs (see EchoModelHost).</summary>
        public const string EchoImage = "test/echo";

        public static CreateModelInput Model(string name, string image = EchoImage, string? outputKeys = null) => new CreateModelInput
        {
            ModelName = name,
            Containers = new List<ContainerDefinition>
            {
                new ContainerDefinition
                {
                    Image = image,
                    ModelDataUrl = $"s3://models/{name}/model.tar.gz",
                    Environment = outputKeys == null
                        ? new Dictionary<string, string>()
                        : new Dictionary<string, string> { ["SAGEMAKER_INFERENCE_OUTPUT"] = outputKeys },
                },
            },
            ExecutionRoleArn = Jobs.Role,
        };

        public static CreateEndpointConfigInput Config(string name, params string[] models)
        {
            var variants = new List<ProductionVariant>();
            foreach (string model in models.Length == 0 ? new[] { name } : models)
            {
                variants.Add(new ProductionVariant
                {
                    VariantName = models.Length <= 1 ? "AllTraffic" : model,
                    ModelName = model,
                    InstanceType = ProductionVariantInstanceType.MlM5Large,
                    InitialInstanceCount = 1,
                    InitialVariantWeight = 1,
                });
            }

            return new CreateEndpointConfigInput { EndpointConfigName = name, ProductionVariants = variants };
        }

        public static CreateEndpointInput Endpoint(string name, string? config = null) =>
            new CreateEndpointInput { EndpointName = name, EndpointConfigName = config ?? name };

        /// <summary>Creates model, config and endpoint of one name, as the module does.</summary>
        public static async Task DeployAsync(ISageMakerApi sageMaker, string name, string image = EchoImage, string? outputKeys = null)
        {
            await sageMaker.CreateModelAsync(Model(name, image, outputKeys));
            await sageMaker.CreateEndpointConfigAsync(Config(name));
            await sageMaker.CreateEndpointAsync(Endpoint(name));
        }

        /// <summary>Polls DescribeEndpoint until it leaves <paramref name="passing"/> (Creating by default), as the SDK waiters do.</summary>
        public static async Task<DescribeEndpointOutput> WaitAsync(ISageMakerApi sageMaker, string name, string passing = EndpointStatus.Creating)
        {
            for (int poll = 0; poll < 500; poll++)
            {
                DescribeEndpointOutput endpoint = await sageMaker.DescribeEndpointAsync(new DescribeEndpointInput { EndpointName = name });
                if (endpoint.EndpointStatus != passing)
                {
                    return endpoint;
                }

                await Task.Delay(10);
            }

            throw new TimeoutException($"Endpoint {name} stayed {passing}.");
        }

        /// <summary>Polls until DescribeEndpoint says the endpoint is gone.</summary>
        public static async Task WaitGoneAsync(ISageMakerApi sageMaker, string name)
        {
            for (int poll = 0; poll < 500; poll++)
            {
                try
                {
                    await sageMaker.DescribeEndpointAsync(new DescribeEndpointInput { EndpointName = name });
                }
                catch (Client.Errors.AutopilotServiceException e) when (e.Message.StartsWith("Could not find endpoint", StringComparison.Ordinal))
                {
                    return;
                }

                await Task.Delay(10);
            }

            throw new TimeoutException($"Endpoint {name} was not deleted.");
        }
    }
}
