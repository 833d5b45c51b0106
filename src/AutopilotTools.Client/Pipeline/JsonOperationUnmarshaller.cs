using System;
using System.IO;
using System.Net;
using Amazon.Runtime;
using Amazon.Runtime.Internal.Transform;
using AutopilotTools.Client.Errors;

namespace AutopilotTools.Client.Pipeline
{
    /// <summary>Reads a JSON 1.1 response body into our model type, and an error body into a typed exception.</summary>
    internal sealed class JsonOperationUnmarshaller<TResult> : JsonResponseUnmarshaller
        where TResult : class, new()
    {
        public static readonly JsonOperationUnmarshaller<TResult> Instance = new JsonOperationUnmarshaller<TResult>();

        public override AmazonWebServiceResponse Unmarshall(JsonUnmarshallerContext context)
        {
            byte[] body = ReadAll(context.Stream);
            return new OperationResponse<TResult>
            {
                Result = body.Length == 0 ? new TResult() : WireJson.Deserialize<TResult>(body),
            };
        }

        public override AmazonServiceException UnmarshallException(JsonUnmarshallerContext context, Exception innerException, HttpStatusCode statusCode)
            => ServiceErrorReader.Read(context, innerException, statusCode);

        private static byte[] ReadAll(Stream stream)
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
    }
}
