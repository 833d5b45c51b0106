using System;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace AutopilotTools.Client.Pipeline
{
    /// <summary>
    /// What both of our clients are on the SDK's pipeline: our endpoint resolution and SigV4 choice, and one way to
    /// send a model request with a marshaller and unmarshaller and get the model response back.
    /// </summary>
    public abstract class ServiceClientBase : AmazonServiceClient
    {
        protected ServiceClientBase(AWSCredentials credentials, ServiceClientConfig config)
            : base(credentials, config)
        {
        }

        protected override IServiceMetadata ServiceMetadata => ServiceMetadataFor(((ServiceClientConfig)Config).Service);

        protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
        {
            pipeline.RemoveHandler<EndpointResolver>();
            pipeline.AddHandlerAfter<Marshaller>(new ServiceEndpointResolver());
            pipeline.AddHandlerAfter<Marshaller>(new SigV4AuthHandler());
            pipeline.AddHandlerAfter<RetryHandler>(new AttemptTraceHandler());
        }

        private protected async Task<TResult> SendAsync<TResult>(
            string operation,
            object request,
            Type requestType,
            IMarshaller<IRequest, AmazonWebServiceRequest> marshaller,
            ResponseUnmarshaller unmarshaller,
            CancellationToken cancellationToken)
            where TResult : class, new()
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            var options = new InvokeOptions { RequestMarshaller = marshaller, ResponseUnmarshaller = unmarshaller };
            var envelope = new OperationRequest(operation, request, requestType);
            OperationResponse<TResult> response = await InvokeAsync<OperationResponse<TResult>>(envelope, options, cancellationToken).ConfigureAwait(false);
            return response.Result ?? new TResult();
        }

        private static IServiceMetadata ServiceMetadataFor(ServiceDescription service) =>
            service == ServiceDescription.SageMaker ? SageMakerMetadata : RuntimeMetadata;

        private static readonly IServiceMetadata SageMakerMetadata = new ServiceMetadata(ServiceDescription.SageMaker.ServiceId);

        private static readonly IServiceMetadata RuntimeMetadata = new ServiceMetadata(ServiceDescription.SageMakerRuntime.ServiceId);
    }
}
