using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using AutopilotTools.Client.Pipeline;

namespace AutopilotTools.Client
{
    /// <summary>
    /// The SageMaker API (JSON 1.1) on the AWS SDK's pipeline: credentials, endpoint, SigV4, retries with backoff and
    /// clock-skew correction come from AWSSDK.Core. The typed operations are generated from the service model in
    /// Generated/SageMakerClient.Operations.g.cs.
    /// </summary>
    public sealed partial class SageMakerClient : AmazonServiceClient
    {
        private static readonly IServiceMetadata Metadata = new ServiceMetadata(ServiceDescription.SageMaker.ServiceId);
        private static readonly JsonOperationMarshaller RequestMarshaller = new JsonOperationMarshaller("SageMaker");

        public SageMakerClient(AWSCredentials credentials, ServiceClientConfig config)
            : base(credentials, config)
        {
        }

        protected override IServiceMetadata ServiceMetadata => Metadata;

        protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline) => ServicePipeline.Customize(pipeline);

        private async Task<TResponse> InvokeOperationAsync<TRequest, TResponse>(string operation, TRequest request, CancellationToken cancellationToken)
            where TRequest : class
            where TResponse : class, new()
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            var options = new InvokeOptions
            {
                RequestMarshaller = RequestMarshaller,
                ResponseUnmarshaller = JsonOperationUnmarshaller<TResponse>.Instance,
            };
            var envelope = new OperationRequest(operation, request, typeof(TRequest));
            OperationResponse<TResponse> response = await InvokeAsync<OperationResponse<TResponse>>(envelope, options, cancellationToken).ConfigureAwait(false);
            return response.Result ?? new TResponse();
        }
    }
}
