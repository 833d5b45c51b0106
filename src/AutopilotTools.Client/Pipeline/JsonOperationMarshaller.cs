using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace AutopilotTools.Client.Pipeline
{
    /// <summary>AWS JSON 1.1: POST / with the operation in X-Amz-Target and the request as the JSON body.</summary>
    internal sealed class JsonOperationMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        private readonly string _targetPrefix;

        public JsonOperationMarshaller(string targetPrefix) => _targetPrefix = targetPrefix;

        public IRequest Marshall(AmazonWebServiceRequest input)
        {
            var operation = (OperationRequest)input;
            var request = new DefaultRequest(operation, _targetPrefix)
            {
                HttpMethod = "POST",
                ResourcePath = "/",
                Content = WireJson.Serialize(operation.Payload, operation.PayloadType),
            };
            request.Headers["X-Amz-Target"] = _targetPrefix + "." + operation.Operation;
            request.Headers["Content-Type"] = "application/x-amz-json-1.1";
            return request;
        }
    }
}
