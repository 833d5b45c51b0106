using System.Collections.Generic;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Client.Errors;
using AutopilotTools.Model;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>CreateEndpointConfig, DescribeEndpointConfig and DeleteEndpointConfig on the local server, with SageMaker's errors.</summary>
    public sealed class SageMakerEndpointConfigTests
    {
        private static readonly string ArnPrefix = $"arn:aws:sagemaker:{FakeSageMaker.Region}:000000000000:";

        [Fact]
        public async Task AConfigIsDescribedAsCreatedAndGoneOnceDeleted()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateModelAsync(Deployments.Model("m1"));

            CreateEndpointConfigOutput created = await sageMaker.CreateEndpointConfigAsync(Deployments.Config("Live-Config", "m1"));
            DescribeEndpointConfigOutput config = await sageMaker.DescribeEndpointConfigAsync(new DescribeEndpointConfigInput { EndpointConfigName = "live-config" });
            await sageMaker.DeleteEndpointConfigAsync(new DeleteEndpointConfigInput { EndpointConfigName = "Live-Config" });

            Assert.Equal(ArnPrefix + "endpoint-config/live-config", created.EndpointConfigArn);
            Assert.Equal(("Live-Config", created.EndpointConfigArn), (config.EndpointConfigName, config.EndpointConfigArn));
            ProductionVariant variant = Assert.Single(config.ProductionVariants!);
            Assert.Equal(("AllTraffic", "m1", "ml.m5.large", 1, 1.0), (variant.VariantName, variant.ModelName, variant.InstanceType, variant.InitialInstanceCount, variant.InitialVariantWeight));
            Assert.NotNull(config.CreationTime);
            var gone = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.DescribeEndpointConfigAsync(new DescribeEndpointConfigInput { EndpointConfigName = "Live-Config" }));
            Assert.Equal(("ValidationException", "Could not find endpoint configuration \"Live-Config\"."), (gone.ErrorCode, gone.Message));
        }

        [Fact]
        public async Task MissingModelsMissingConfigsAndDuplicatesAreValidationExceptions()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateModelAsync(Deployments.Model("m1"));
            await sageMaker.CreateEndpointConfigAsync(Deployments.Config("taken", "m1"));

            var noModel = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.CreateEndpointConfigAsync(Deployments.Config("c2", "No-Such-Model")));
            var duplicate = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.CreateEndpointConfigAsync(Deployments.Config("Taken", "m1")));
            var delete = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.DeleteEndpointConfigAsync(new DeleteEndpointConfigInput { EndpointConfigName = "ghost" }));

            Assert.Equal(("ValidationException", $"Could not find model \"{ArnPrefix}model/no-such-model\"."), (noModel.ErrorCode, noModel.Message));
            Assert.Equal(("ValidationException", $"Cannot create already existing endpoint configuration \"{ArnPrefix}endpoint-config/taken\"."), (duplicate.ErrorCode, duplicate.Message));
            Assert.Equal(("ValidationException", "Could not find endpoint configuration \"ghost\"."), (delete.ErrorCode, delete.Message));
        }

        [Fact]
        public async Task VariantsMustBeDistinctAndSizedAndUnsupportedFeaturesAreRefused()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateModelAsync(Deployments.Model("m1"));
            CreateEndpointConfigInput twice = Deployments.Config("twice", "m1");
            twice.ProductionVariants!.Add(twice.ProductionVariants[0]);
            CreateEndpointConfigInput unsized = Deployments.Config("unsized", "m1");
            unsized.ProductionVariants![0].InstanceType = null;
            CreateEndpointConfigInput capturing = Deployments.Config("capturing", "m1");
            capturing.AsyncInferenceConfig = new AsyncInferenceConfig { OutputConfig = new AsyncInferenceOutputConfig { S3OutputPath = "s3://out/async" } };

            Assert.Contains("used more than once", (await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.CreateEndpointConfigAsync(twice))).Message);
            Assert.Contains("needs either InstanceType (with InitialInstanceCount) or ServerlessConfig", (await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.CreateEndpointConfigAsync(unsized))).Message);
            Assert.Equal(
                "The local server does not support AsyncInferenceConfig (asynchronous inference) yet; leave it out.",
                (await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.CreateEndpointConfigAsync(capturing))).Message);
        }
    }
}
