using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Threading.Tasks;
using AutopilotTools.Local.Hosting;
using AutopilotTools.Local.SageMaker;
using Microsoft.AspNetCore.Http;

namespace AutopilotTools.Local.Runtime
{
    /// <summary>
    /// SageMaker Runtime's InvokeEndpoint (REST-JSON): <c>POST /endpoints/{EndpointName}/invocations</c>. Endpoints
    /// come with the deploy work; until then every endpoint is missing, and the answer is the service's own:
    /// a 400 <c>ValidationError</c> naming the endpoint and the account.
    /// </summary>
    internal sealed class RuntimeHandler
    {
        private const string Prefix = "/endpoints/";
        private const string Suffix = "/invocations";

        /// <summary>
        /// True for an invocation. A POST to the same path with <c>uploads</c> or <c>uploadId</c> in the query is S3
        /// multipart on a bucket named "endpoints", and stays S3.
        /// </summary>
        public static bool TryMatch(HttpContext context, [NotNullWhen(true)] out string? endpointName)
        {
            endpointName = null;
            HttpRequest request = context.Request;
            if (!HttpMethods.IsPost(request.Method) || request.Query.ContainsKey("uploads") || request.Query.ContainsKey("uploadId"))
            {
                return false;
            }

            string path = RawTarget.Path(context);
            if (!path.StartsWith(Prefix, StringComparison.Ordinal) || !path.EndsWith(Suffix, StringComparison.Ordinal) || path.Length <= Prefix.Length + Suffix.Length)
            {
                return false;
            }

            string encoded = path.Substring(Prefix.Length, path.Length - Prefix.Length - Suffix.Length);
            if (encoded.Contains('/'))
            {
                return false;
            }

            endpointName = Uri.UnescapeDataString(encoded);
            return true;
        }

        public async Task HandleAsync(HttpContext context, string endpointName)
        {
            context.Response.Headers["x-amzn-RequestId"] = RequestIds.SageMaker();
            // Read the payload before answering, as the service does: a client still sending would see a reset otherwise.
            await context.Request.Body.CopyToAsync(System.IO.Stream.Null, context.RequestAborted);
            string message = $"Endpoint {endpointName} of account {Arns.Account} not found.";
            byte[] body = JsonSerializer.SerializeToUtf8Bytes(new { __type = "ValidationError", Message = message });
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.Headers["X-Amzn-ErrorType"] = "ValidationError";
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }
}
