using System.Threading.Tasks;
using AutopilotTools.Local.Runtime;
using AutopilotTools.Local.S3;
using AutopilotTools.Local.SageMaker;
using Microsoft.AspNetCore.Http;

namespace AutopilotTools.Local.Hosting
{
    /// <summary>
    /// The one place that decides which protocol a request speaks, the way AWS SDKs tell them apart on one endpoint:
    /// an <c>X-Amz-Target</c> header is SageMaker's JSON 1.1; <c>POST /endpoints/{name}/invocations</c> is SageMaker
    /// Runtime; an unsigned <c>GET /</c> is the health check; everything else is path-style S3.
    /// </summary>
    internal sealed class RequestRouter
    {
        private readonly HealthHandler _health;
        private readonly SageMakerHandler _sageMaker;
        private readonly RuntimeHandler _runtime;
        private readonly S3Handler _s3;

        public RequestRouter(HealthHandler health, SageMakerHandler sageMaker, RuntimeHandler runtime, S3Handler s3)
        {
            _health = health;
            _sageMaker = sageMaker;
            _runtime = runtime;
            _s3 = s3;
        }

        public Task RouteAsync(HttpContext context)
        {
            HttpRequest request = context.Request;
            if (request.ContentLength == 0 && request.Headers.Expect.ToString().Contains("100-continue", System.StringComparison.OrdinalIgnoreCase))
            {
                // S3 sends "100 Continue" even for an empty body; Kestrel sends none when there is no body to read.
                // botocore then keeps the early final response's status for the next request on the connection and
                // stalls there until its read timeout. Closing this connection resets botocore's state.
                context.Response.Headers.Connection = "close";
            }

            if (SageMakerHandler.Matches(request))
            {
                return _sageMaker.HandleAsync(context);
            }

            if (RuntimeHandler.TryMatch(context, out string? endpointName))
            {
                return _runtime.HandleAsync(context, endpointName);
            }

            if (HealthHandler.Matches(request))
            {
                return _health.HandleAsync(context);
            }

            return _s3.HandleAsync(context);
        }
    }
}
