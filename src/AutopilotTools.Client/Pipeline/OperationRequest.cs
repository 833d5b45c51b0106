using System;
using Amazon.Runtime;

namespace AutopilotTools.Client.Pipeline
{
    /// <summary>
    /// Carries one of our model requests through the SDK pipeline, which only knows its own request type. Our models
    /// stay free of SDK types, so they can be shown to users and shared with the local server.
    /// </summary>
    internal sealed class OperationRequest : AmazonWebServiceRequest
    {
        public OperationRequest(string operation, object payload, Type payloadType)
        {
            Operation = operation;
            Payload = payload;
            PayloadType = payloadType;
        }

        public string Operation { get; }

        public object Payload { get; }

        public Type PayloadType { get; }
    }

    /// <summary>The SDK's response type around one of our model responses.</summary>
    internal sealed class OperationResponse<TResult> : AmazonWebServiceResponse
        where TResult : class
    {
        public TResult? Result { get; set; }
    }
}
