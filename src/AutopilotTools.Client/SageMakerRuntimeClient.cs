using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
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
    public sealed class SageMakerRuntimeClient : ServiceClientBase, ISageMakerRuntimeApi
    {
        public SageMakerRuntimeClient(AWSCredentials credentials, ServiceClientConfig config)
            : base(credentials, config)
        {
        }

        public Task<InvokeEndpointOutput> InvokeEndpointAsync(InvokeEndpointInput request, CancellationToken cancellationToken = default) =>
            SendAsync<InvokeEndpointOutput>("InvokeEndpoint", request, typeof(InvokeEndpointInput), InvokeEndpointMarshaller.Instance, InvokeEndpointUnmarshaller.Instance, cancellationToken);
    }
}
