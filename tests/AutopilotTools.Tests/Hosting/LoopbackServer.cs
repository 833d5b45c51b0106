using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Tests.Hosting
{
    /// <summary>A request as it arrived on the wire.</summary>
    public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
    {
        public string BodyText => Encoding.UTF8.GetString(Body);

        public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;

        /// <summary>The JSON 1.1 operation, from X-Amz-Target (SageMaker.DescribeAutoMLJobV2 → DescribeAutoMLJobV2).</summary>
        public string? Operation => Header("X-Amz-Target")?.Split('.').Last();
    }

    /// <summary>What the server answers.</summary>
    public sealed record Reply(int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
    {
        public static Reply Json(string body) => new Reply(200, body, new Dictionary<string, string> { ["Content-Type"] = "application/x-amz-json-1.1" });

        /// <summary>An error as SageMaker sends one: the code in the body's __type and the X-Amzn-ErrorType header.</summary>
        public static Reply Error(int status, string code, string message) => new Reply(
            status,
            "{\"__type\":\"" + code + "\",\"Message\":\"" + message + "\"}",
            new Dictionary<string, string> { ["Content-Type"] = "application/x-amz-json-1.1", ["X-Amzn-ErrorType"] = code + ":http://internal.amazon.com/coral/com.amazonaws.sagemaker/" });
    }

    /// <summary>
    /// An HTTP server on 127.0.0.1 and a free port, inside the test process: it records every request and answers
    /// with what the test's handler says. Real sockets, real HTTP: the client under test cannot tell it from AWS.
    /// </summary>
    public sealed class LoopbackServer : IDisposable
    {
        private readonly HttpListener _listener = new HttpListener();
        private readonly Func<RecordedRequest, Reply> _handler;
        private readonly ConcurrentQueue<RecordedRequest> _requests = new ConcurrentQueue<RecordedRequest>();
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly SemaphoreSlim _arrivals = new SemaphoreSlim(0);

        public LoopbackServer(Func<RecordedRequest, Reply> handler)
        {
            _handler = handler;
            Port = FreePort();
            _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            _listener.Start();
            _ = Task.Run(AcceptLoop);
        }

        public int Port { get; }

        public string Url => $"http://127.0.0.1:{Port}";

        public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

        /// <summary>Waits until at least <paramref name="count"/> requests have arrived in all.</summary>
        public bool WaitForRequests(int count, TimeSpan timeout)
        {
            DateTime deadline = DateTime.UtcNow + timeout;
            while (_requests.Count < count)
            {
                TimeSpan left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !_arrivals.Wait(left))
                {
                    return _requests.Count >= count;
                }
            }

            return true;
        }

        public void Dispose()
        {
            _stopping.Cancel();
            _listener.Close();
        }

        private static int FreePort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }

        private async Task AcceptLoop()
        {
            while (!_stopping.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (Exception) when (_stopping.IsCancellationRequested || !_listener.IsListening)
                {
                    return;
                }

                _ = Task.Run(() => Serve(context));
            }
        }

        private async Task Serve(HttpListenerContext context)
        {
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body).ConfigureAwait(false);
            var headers = context.Request.Headers.AllKeys
                .Where(k => k != null)
                .ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            var request = new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, headers, body.ToArray());
            _requests.Enqueue(request);
            _arrivals.Release();

            Reply reply;
            try
            {
                reply = _handler(request);
            }
            catch (Exception e)
            {
                reply = new Reply(500, "test handler failed: " + e.Message);
            }

            try
            {
                if (reply.Delay > TimeSpan.Zero)
                {
                    await Task.Delay(reply.Delay, _stopping.Token).ConfigureAwait(false);
                }

                context.Response.StatusCode = reply.Status;
                foreach (KeyValuePair<string, string> header in reply.Headers ?? new Dictionary<string, string>())
                {
                    context.Response.Headers[header.Key] = header.Value;
                }

                context.Response.Headers["x-amzn-RequestId"] = "req-" + _requests.Count;
                byte[] bytes = Encoding.UTF8.GetBytes(reply.Body);
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
                context.Response.Close();
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                context.Response.Abort();
            }
            catch (HttpListenerException)
            {
                // The client went away (a cancelled call); nothing to answer.
            }
        }
    }
}
