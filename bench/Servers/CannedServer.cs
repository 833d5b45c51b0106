using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AutopilotTools.Bench.Servers
{
    /// <summary>A SageMaker JSON 1.1 request as the handler sees it: the operation (from X-Amz-Target) and the body.</summary>
    internal sealed record CannedRequest(string Operation, byte[] Body);

    /// <summary>What the server answers: a status and the body bytes (application/x-amz-json-1.1).</summary>
    internal sealed record CannedReply(int Status, byte[] Body)
    {
        public static CannedReply Json(byte[] body) => new CannedReply(200, body);
    }

    /// <summary>
    /// A loopback Kestrel server that answers SageMaker JSON 1.1 requests from a handler and does nothing else: no
    /// storage, no validation. Against it, a client's time is the client's own plus the unavoidable HTTP floor, which the
    /// raw references measure on the same server. It counts requests per operation.
    /// </summary>
    internal sealed class CannedServer : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentDictionary<string, int> _counts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);

        private CannedServer(Func<CannedRequest, CannedReply> handler)
        {
            WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            {
                kestrel.Listen(IPAddress.Loopback, 0);
                kestrel.AddServerHeader = false;
            });
            _app = builder.Build();
            _app.Run(context => Serve(context, handler));
        }

        public string Url { get; private set; } = string.Empty;

        public static async Task<CannedServer> StartAsync(Func<CannedRequest, CannedReply> handler)
        {
            var server = new CannedServer(handler);
            await server._app.StartAsync();
            string bound = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            server.Url = $"http://127.0.0.1:{new Uri(bound).Port}";
            return server;
        }

        /// <summary>Requests of this operation answered so far.</summary>
        public int Count(string operation) => _counts.TryGetValue(operation, out int count) ? count : 0;

        /// <summary>Fails the benchmark unless the server saw exactly this many calls: a figure is only honest for the calls it timed.</summary>
        public void RequireCount(string operation, int expected)
        {
            if (Count(operation) != expected)
            {
                throw new InvalidOperationException($"The server saw {Count(operation)} {operation} calls, not {expected}.");
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        private async Task Serve(HttpContext context, Func<CannedRequest, CannedReply> handler)
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            string operation = context.Request.Headers["X-Amz-Target"].ToString().Split('.').Last();
            _counts.AddOrUpdate(operation, 1, (_, n) => n + 1);

            CannedReply reply;
            try
            {
                reply = handler(new CannedRequest(operation, body.ToArray()));
            }
            catch (Exception e)
            {
                reply = new CannedReply(500, System.Text.Encoding.UTF8.GetBytes("{\"__type\":\"InternalFailure\",\"Message\":\"" + e.GetType().Name + "\"}"));
            }

            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = "application/x-amz-json-1.1";
            context.Response.Headers["x-amzn-RequestId"] = "bench";
            context.Response.ContentLength = reply.Body.Length;
            await context.Response.Body.WriteAsync(reply.Body);
        }
    }
}
