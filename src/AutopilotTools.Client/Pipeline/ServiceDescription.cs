namespace AutopilotTools.Client.Pipeline
{
    /// <summary>What distinguishes one of our two services on the wire: the names the SDK and the signer need.</summary>
    public sealed class ServiceDescription
    {
        public static readonly ServiceDescription SageMaker = new ServiceDescription("SageMaker", "api.sagemaker", "2017-07-24");

        public static readonly ServiceDescription SageMakerRuntime = new ServiceDescription("SageMaker Runtime", "runtime.sagemaker", "2017-05-13");

        private ServiceDescription(string serviceId, string endpointPrefix, string apiVersion)
        {
            ServiceId = serviceId;
            EndpointPrefix = endpointPrefix;
            ApiVersion = apiVersion;
        }

        /// <summary>The SDK's service id; it also names the AWS_ENDPOINT_URL_&lt;ID&gt; variable and the profile's services key.</summary>
        public string ServiceId { get; }

        /// <summary>The first labels of the service's host name, e.g. api.sagemaker.us-east-1.amazonaws.com.</summary>
        public string EndpointPrefix { get; }

        public string ApiVersion { get; }

        /// <summary>Both services sign as "sagemaker".</summary>
        public string SigningName => "sagemaker";
    }
}
