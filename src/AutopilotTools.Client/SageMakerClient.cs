using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using AutopilotTools.Client.Pipeline;

namespace AutopilotTools.Client
{
    /// <summary>
    /// The SageMaker API (JSON 1.1) on the AWS SDK's pipeline: credentials, endpoint, SigV4, retries with backoff and
    /// clock-skew correction come from AWSSDK.Core. The typed operations are generated from the service model in
    /// Generated/SageMakerClient.Operations.g.cs.
    /// </summary>
    public sealed partial class SageMakerClient : ServiceClientBase
    {
        private static readonly JsonOperationMarshaller RequestMarshaller = new JsonOperationMarshaller("SageMaker");

        public SageMakerClient(AWSCredentials credentials, ServiceClientConfig config)
            : base(credentials, config)
        {
        }

        private Task<TResponse> InvokeOperationAsync<TRequest, TResponse>(string operation, TRequest request, CancellationToken cancellationToken)
            where TRequest : class
            where TResponse : class, new()
            => SendAsync<TResponse>(operation, request, typeof(TRequest), RequestMarshaller, JsonOperationUnmarshaller<TResponse>.Instance, cancellationToken);
    }
}
