using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;
using AutopilotTools.Local.S3;
using Microsoft.AspNetCore.Http;

namespace AutopilotTools.Local.Hosting.Faults
{
    /// <summary>
    /// An injected error as the service itself sends it, so SDKs classify it as they would the real one: SageMaker and
    /// SageMaker Runtime answer JSON (<c>__type</c>, <c>X-Amzn-ErrorType</c>), S3 answers its XML error with
    /// throttling as 503 SlowDown. Each message says the fault was injected, for whoever reads a log.
    /// </summary>
    internal static class FaultResponses
    {
        private const string Injected = " (a fault injected by the local server)";

        public static Task WriteAsync(HttpContext context, ServiceCall call, FaultKind fault) => call.Service == ServiceCall.S3
            ? WriteS3Async(context, fault)
            : WriteJsonAsync(context, call, fault);

        private static Task WriteS3Async(HttpContext context, FaultKind fault)
        {
            S3Error error = fault switch
            {
                FaultKind.Throttling => new S3Error(503, "SlowDown", "Please reduce your request rate." + Injected),
                FaultKind.ServiceUnavailable => new S3Error(503, "ServiceUnavailable", "Service is unable to handle request." + Injected),
                _ => new S3Error(500, "InternalError", "We encountered an internal error. Please try again." + Injected),
            };
            string requestId = RequestIds.S3();
            string hostId = RequestIds.S3HostId();
            context.Response.Headers["x-amz-request-id"] = requestId;
            context.Response.Headers["x-amz-id-2"] = hostId;
            return S3Handler.WriteErrorAsync(context, error, RawTarget.Path(context), requestId, hostId, context.RequestAborted);
        }

        private static async Task WriteJsonAsync(HttpContext context, ServiceCall call, FaultKind fault)
        {
            (int status, string code, string message) = fault switch
            {
                FaultKind.Throttling => (400, "ThrottlingException", "Rate exceeded"),
                FaultKind.ServiceUnavailable => (503, "ServiceUnavailable", "The service is unavailable. Please try again later."),
                _ => (500, "InternalFailure", "The request processing has failed because of an unknown error, exception or failure."),
            };
            byte[] body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["__type"] = code, ["Message"] = message + Injected });
            HttpResponse response = context.Response;
            response.StatusCode = status;
            response.Headers["x-amzn-RequestId"] = RequestIds.SageMaker();
            response.Headers["X-Amzn-ErrorType"] = code;
            response.ContentType = call.Service == ServiceCall.SageMaker ? "application/x-amz-json-1.1" : "application/json";
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }
}
