using System;

namespace AutopilotTools.Local.SageMaker
{
    /// <summary>ARNs as the service forms them: the partition of the region, the local account, and the resource name lowercased.</summary>
    internal static class Arns
    {
        /// <summary>The account every local resource belongs to, as LocalStack and moto use.</summary>
        public const string Account = "000000000000";

        public const string AutoMLJobType = "automl-job";
        public const string ModelType = "model";
        public const string EndpointConfigType = "endpoint-config";
        public const string EndpointType = "endpoint";
        public const string TrainingJobType = "training-job";
        public const string TransformJobType = "transform-job";

        public static string AutoMLJob(string region, string name) => For(region, AutoMLJobType, name);

        public static string Model(string region, string name) => For(region, ModelType, name);

        public static string EndpointConfig(string region, string name) => For(region, EndpointConfigType, name);

        public static string Endpoint(string region, string name) => For(region, EndpointType, name);

        public static string TrainingJob(string region, string name) => For(region, TrainingJobType, name);

        public static string TransformJob(string region, string name) => For(region, TransformJobType, name);

        public static string For(string region, string resourceType, string name) =>
            $"arn:{Partition(region)}:sagemaker:{region}:{Account}:{resourceType}/{name.ToLowerInvariant()}";

        /// <summary>The resource type of a SageMaker ARN (<c>automl-job</c>, <c>endpoint</c>, ...), or null when it is not one.</summary>
        public static string? ResourceType(string arn)
        {
            string[] parts = arn.Split(':', 6);
            if (parts.Length != 6 || parts[0] != "arn" || parts[2] != "sagemaker")
            {
                return null;
            }

            int slash = parts[5].IndexOf('/');
            return slash <= 0 ? null : parts[5].Substring(0, slash);
        }

        private static string Partition(string region) =>
            region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn"
            : region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov"
            : "aws";
    }
}
