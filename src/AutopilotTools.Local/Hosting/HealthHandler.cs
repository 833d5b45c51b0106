using System;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace AutopilotTools.Local.Hosting
{
    /// <summary>
    /// <c>GET /</c> from a browser, curl or a readiness probe: what is running and for how long. S3's ListBuckets is
    /// also <c>GET /</c>, but SDKs always sign it, so an unsigned request without a query is the health check, unless
    /// the server checks signatures: then only <see cref="OwnPath"/> is, and it must be signed like any request.
    /// </summary>
    internal sealed class HealthHandler
    {
        private readonly string _region;
        private readonly string[] _capabilities;
        private readonly Stopwatch _uptime = Stopwatch.StartNew();

        /// <param name="trains">False when the server was started with no training slots (--max-concurrent-jobs 0):
        /// clients that ask (the help example runner does) then know jobs will wait rather than train.</param>
        /// <param name="injectsFaults">True when started with --fault-injection, so a test can tell it may set faults.</param>
        /// <param name="checksSignatures">True when the server has credentials: every request must be signed by one of them.</param>
        public HealthHandler(string region, bool trains, bool injectsFaults = false, bool checksSignatures = false)
        {
            _region = region;
            _capabilities = (trains ? new[] { "training", "endpoints" } : new[] { "endpoints" })
                .Concat(injectsFaults ? new[] { "fault-injection" } : Array.Empty<string>())
                .Concat(checksSignatures ? new[] { "signed-requests" } : Array.Empty<string>()).ToArray();
        }

        public static string Version { get; } =
            typeof(HealthHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

        /// <summary>The health check's own path, whether the server checks signatures or not (no bucket name starts with '_').</summary>
        public const string OwnPath = "/_autopilot/health";

        public static bool MatchesOwnPath(HttpRequest request) =>
            (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && request.Path == OwnPath && !request.Headers.ContainsKey("X-Amz-Target");

        public static bool Matches(HttpRequest request) =>
            (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Path == "/"
            && !request.QueryString.HasValue
            && !request.Headers.ContainsKey("Authorization")
            && !request.Headers.ContainsKey("X-Amz-Date");

        public async Task HandleAsync(HttpContext context)
        {
            byte[] body = JsonSerializer.SerializeToUtf8Bytes(new
            {
                service = "AutopilotTools local Autopilot server",
                version = Version,
                region = _region,
                uptimeSeconds = Math.Round(_uptime.Elapsed.TotalSeconds, 3),
                capabilities = _capabilities,
                protocols = new[] { "SageMaker (JSON 1.1, X-Amz-Target)", "SageMaker Runtime (POST /endpoints/{name}/invocations)", "S3 (path-style)" },
            });
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = body.Length;
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await context.Response.Body.WriteAsync(body, context.RequestAborted);
            }
        }
    }
}
