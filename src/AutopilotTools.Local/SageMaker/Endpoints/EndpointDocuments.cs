using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Endpoints
{
    /// <summary>
    /// DescribeEndpoint and ListEndpoints documents from the stored endpoint: the variants it serves with their
    /// images, weights and capacity; while Creating the variants it is bringing up; while Updating the pending
    /// deployment beside the current one.
    /// </summary>
    internal static class EndpointDocuments
    {
        public static DescribeEndpointOutput Describe(EndpointRecord endpoint)
        {
            EndpointState state = EndpointState.Of(endpoint);
            EndpointDeployment? shown = state.Serving ?? state.Target;
            return new DescribeEndpointOutput
            {
                EndpointName = endpoint.Name,
                EndpointArn = endpoint.Arn,
                EndpointConfigName = shown?.EndpointConfigName,
                ProductionVariants = state.Serving != null
                    ? state.Serving.Variants.Select(v => Serving(v, state.Serving)).ToList()
                    : state.Target?.Variants.Select(v => Starting(v, state)).ToList(),
                EndpointStatus = endpoint.Status,
                FailureReason = state.FailureReason,
                CreationTime = endpoint.CreationTime,
                LastModifiedTime = endpoint.LastModifiedTime,
                PendingDeploymentSummary = state.Serving != null && state.Target != null
                    ? new PendingDeploymentSummary
                    {
                        EndpointConfigName = state.Target.EndpointConfigName,
                        StartTime = state.TargetStartTime,
                        ProductionVariants = state.Target.Variants.Select(v => Pending(v, state)).ToList(),
                    }
                    : null,
            };
        }

        public static EndpointSummary Summarize(EndpointRecord endpoint) => new EndpointSummary
        {
            EndpointName = endpoint.Name,
            EndpointArn = endpoint.Arn,
            CreationTime = endpoint.CreationTime,
            LastModifiedTime = endpoint.LastModifiedTime,
            EndpointStatus = endpoint.Status,
        };

        private static ProductionVariantSummary Serving(DeployedVariant variant, EndpointDeployment deployment) => new ProductionVariantSummary
        {
            VariantName = variant.VariantName,
            DeployedImages = Images(variant, deployment),
            CurrentWeight = variant.Weight,
            DesiredWeight = variant.Weight,
            CurrentInstanceCount = variant.InstanceCount,
            DesiredInstanceCount = variant.InstanceCount,
            CurrentServerlessConfig = variant.ServerlessConfig,
            DesiredServerlessConfig = variant.ServerlessConfig,
        };

        private static ProductionVariantSummary Starting(DeployedVariant variant, EndpointState state) => new ProductionVariantSummary
        {
            VariantName = variant.VariantName,
            DesiredWeight = variant.Weight,
            DesiredInstanceCount = variant.InstanceCount,
            DesiredServerlessConfig = variant.ServerlessConfig,
            VariantStatus = Creating(state),
        };

        private static PendingProductionVariantSummary Pending(DeployedVariant variant, EndpointState state) => new PendingProductionVariantSummary
        {
            VariantName = variant.VariantName,
            DesiredWeight = variant.Weight,
            DesiredInstanceCount = variant.InstanceCount,
            InstanceType = variant.InstanceType,
            DesiredServerlessConfig = variant.ServerlessConfig,
            VariantStatus = Creating(state),
        };

        private static List<ProductionVariantStatus> Creating(EndpointState state) =>
            new List<ProductionVariantStatus> { new ProductionVariantStatus { Status = VariantStatus.Creating, StartTime = state.TargetStartTime } };

        /// <summary>Local images are not pulled from a registry, so the resolved image is the one specified.</summary>
        private static List<DeployedImage> Images(DeployedVariant variant, EndpointDeployment deployment) =>
            variant.Containers.Select(c => new DeployedImage { SpecifiedImage = c.Image, ResolvedImage = c.Image, ResolutionTime = deployment.ServingSince }).ToList();
    }
}
