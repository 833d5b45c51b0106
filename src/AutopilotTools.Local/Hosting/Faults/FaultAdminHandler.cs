using System;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace AutopilotTools.Local.Hosting.Faults
{
    /// <summary>
    /// <c>/_autopilot/faults</c>, routed only when the server runs with <c>--fault-injection</c>: POST a
    /// <see cref="FaultPlan"/> to start it, DELETE to stop faults, GET to read the plan and what it did. Every answer
    /// is those statistics as JSON. No AWS request can reach this path: bucket names cannot start with "_".
    /// </summary>
    internal sealed class FaultAdminHandler
    {
        public const string Path = "/_autopilot/faults";

        private readonly FaultInjector _injector;

        public FaultAdminHandler(FaultInjector injector) => _injector = injector;

        public static bool Matches(HttpRequest request) => request.Path == Path && !request.Headers.ContainsKey("X-Amz-Target");

        public async Task HandleAsync(HttpContext context)
        {
            HttpRequest request = context.Request;
            if (HttpMethods.IsPost(request.Method))
            {
                FaultPlan plan;
                try
                {
                    using JsonDocument document = await JsonDocument.ParseAsync(request.Body, cancellationToken: context.RequestAborted);
                    plan = FaultPlan.Parse(document.RootElement);
                }
                catch (Exception error) when (error is JsonException || error is FormatException)
                {
                    await WriteAsync(context.Response, 400, new { message = error.Message });
                    return;
                }

                _injector.Start(plan);
            }
            else if (HttpMethods.IsDelete(request.Method))
            {
                _injector.Stop();
            }
            else if (!HttpMethods.IsGet(request.Method))
            {
                await WriteAsync(context.Response, 405, new { message = "Use GET, POST or DELETE." });
                return;
            }

            await WriteAsync(context.Response, 200, _injector.Statistics());
        }

        private static async Task WriteAsync(HttpResponse response, int status, object document)
        {
            byte[] body = JsonSerializer.SerializeToUtf8Bytes(document);
            response.StatusCode = status;
            response.ContentType = "application/json";
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body);
        }
    }
}
