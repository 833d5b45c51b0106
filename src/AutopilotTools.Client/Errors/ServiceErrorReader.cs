using System;
using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using Amazon.Runtime.Internal.Util;
using Amazon;

namespace AutopilotTools.Client.Errors
{
    /// <summary>
    /// Turns an error response of either service into a typed exception. The SDK's own reader finds the code (the
    /// X-Amzn-ErrorType header, else __type or code in the body, without namespace prefix or suffix), the message and
    /// the request id; we choose the exception type by code so callers and the retry policy both see it.
    /// </summary>
    internal static class ServiceErrorReader
    {
        public static AmazonServiceException Read(JsonUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode)
        {
            var reader = new StreamingUtf8JsonReader(context.Stream, AWSConfigs.StreamingUtf8JsonReaderBufferSize ?? 4096, context.JsonMaxDepth);
            var error = JsonErrorResponseUnmarshaller.GetInstance().Unmarshall(context, ref reader);
            string? requestId = error.RequestId ?? context.ResponseData?.GetHeaderValue("x-amzn-RequestId");
            return ServiceExceptions.Create(error.Code, error.Message, innerException, error.Type, requestId, statusCode, context.GetResponseBodyBytes());
        }
    }
}
