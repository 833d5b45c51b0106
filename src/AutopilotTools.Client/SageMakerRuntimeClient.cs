using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using AutopilotTools.Client.Pipeline;
using AutopilotTools.Model.Runtime;

namespace AutopilotTools.Client
{
    /// <summary>Calls a deployed endpoint.</summary>
    public interface ISageMakerRuntimeApi
    {
        Task<InvokeEndpointOutput> InvokeEndpointAsync(InvokeEndpointInput request, CancellationToken cancellationToken = default);
    }

    /// <summary>SageMaker Runtime (REST-JSON) on the AWS SDK's pipeline, signed as "sagemaker".</summary>
    public sealed class SageMakerRuntimeClient : AmazonServiceClient, ISageMakerRuntimeApi
    {
        private static readonly IServiceMetadata Metadata = new ServiceMetadata(ServiceDescription.SageMakerRuntime.ServiceId);

        public SageMakerRuntimeClient(AWSCredentials credentials, ServiceClientConfig config)
            : base(credentials, config)
        {
        }

        protected override IServiceMetadata ServiceMetadata => Metadata;

        protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline) => ServicePipeline.Customize(pipeline);

        public async Task<InvokeEndpointOutput> InvokeEndpointAsync(InvokeEndpointInput request, CancellationToken cancellationToken = default)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            var options = new InvokeOptions
            {
                RequestMarshaller = InvokeEndpointMarshaller.Instance,
                ResponseUnmarshaller = InvokeEndpointUnmarshaller.Instance,
            };
            var envelope = new OperationRequest("InvokeEndpoint", request, typeof(InvokeEndpointInput));
            OperationResponse<InvokeEndpointOutput> response = await InvokeAsync<OperationResponse<InvokeEndpointOutput>>(envelope, options, cancellationToken).ConfigureAwait(false);
            return response.Result!;
        }
    }
}
