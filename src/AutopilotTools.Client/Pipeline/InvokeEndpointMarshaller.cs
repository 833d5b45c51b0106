using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;
using AutopilotTools.Client.Errors;
using AutopilotTools.Model.Runtime;

namespace AutopilotTools.Client.Pipeline
{
    /// <summary>REST-JSON InvokeEndpoint: POST /endpoints/{EndpointName}/invocations, raw body, members as headers.</summary>
    internal sealed class InvokeEndpointMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
    {
        public static readonly InvokeEndpointMarshaller Instance = new InvokeEndpointMarshaller();

        public IRequest Marshall(AmazonWebServiceRequest input)
        {
            var input1 = (InvokeEndpointInput)((OperationRequest)input).Payload;
            if (string.IsNullOrEmpty(input1.EndpointName))
            {
                throw new ArgumentException("InvokeEndpoint needs an EndpointName.");
            }

            var request = new DefaultRequest(input, "SageMakerRuntime")
            {
                HttpMethod = "POST",
                ResourcePath = "/endpoints/{EndpointName}/invocations",
                Content = input1.Body ?? Array.Empty<byte>(),
            };
            request.AddPathResource("{EndpointName}", input1.EndpointName);
            foreach (KeyValuePair<string, string?> header in Headers(input1))
            {
                if (header.Value != null)
                {
                    request.Headers[header.Key] = header.Value;
                }
            }

            return request;
        }

        private static IEnumerable<KeyValuePair<string, string?>> Headers(InvokeEndpointInput input)
        {
            yield return new KeyValuePair<string, string?>(RuntimeHeaders.ContentType, input.ContentType);
            yield return new KeyValuePair<string, string?>(RuntimeHeaders.Accept, input.Accept);
            yield return new KeyValuePair<string, string?>(RuntimeHeaders.CustomAttributes, input.CustomAttributes);
            yield return new KeyValuePair<string, string?>(RuntimeHeaders.TargetModel, input.TargetModel);
            yield return new KeyValuePair<string, string?>(RuntimeHeaders.TargetVariant, input.TargetVariant);
            yield return new KeyValuePair<string, string?>(RuntimeHeaders.TargetContainerHostname, input.TargetContainerHostname);
            yield return new KeyValuePair<string, string?>(RuntimeHeaders.InferenceId, input.InferenceId);
            yield return new KeyValuePair<string, string?>(RuntimeHeaders.EnableExplanations, input.EnableExplanations);
            yield return new KeyValuePair<string, string?>(RuntimeHeaders.InferenceComponent, input.InferenceComponentName);
            yield return new KeyValuePair<string, string?>(RuntimeHeaders.SessionId, input.SessionId);
        }
    }

    /// <summary>Reads the raw body and the response headers of InvokeEndpoint.</summary>
    internal sealed class InvokeEndpointUnmarshaller : JsonResponseUnmarshaller
    {
        public static readonly InvokeEndpointUnmarshaller Instance = new InvokeEndpointUnmarshaller();

        public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
        {
            using var body = new MemoryStream();
            context.Stream.CopyTo(body);
            IWebResponseData headers = context.ResponseData;
            return new OperationResponse<InvokeEndpointOutput>
            {
                Result = new InvokeEndpointOutput
                {
                    Body = body.ToArray(),
                    ContentType = headers.GetHeaderValue(RuntimeHeaders.ContentType),
                    InvokedProductionVariant = NullIfEmpty(headers.GetHeaderValue(RuntimeHeaders.InvokedProductionVariant)),
                    CustomAttributes = NullIfEmpty(headers.GetHeaderValue(RuntimeHeaders.CustomAttributes)),
                    NewSessionId = NullIfEmpty(headers.GetHeaderValue(RuntimeHeaders.NewSessionId)),
                    ClosedSessionId = NullIfEmpty(headers.GetHeaderValue(RuntimeHeaders.ClosedSessionId)),
                },
            };
        }

        public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode)
            => ServiceErrorReader.Read(context, innerException, statusCode);

        private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
