using System;
using System.IO;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;

namespace AutopilotTools.Tests.Local
{
    /// <summary>
    /// One HTTP/1.1 request written byte for byte. HttpClient normalizes paths (it drops <c>..</c> segments), which is
    /// exactly what a test of raw S3 keys must not do.
    /// </summary>
    internal static class RawHttp
    {
        public static async Task<(int Status, string Body)> SendAsync(string serverUrl, string method, string rawTarget, string? body = null)
        {
            (int status, _, string responseBody) = await ExchangeAsync(serverUrl, method, rawTarget, body, "Connection: close\r\n");
            return (status, responseBody);
        }

        /// <summary>The status, the response's header block and its body; <paramref name="extraHeaders"/> are CRLF-terminated lines.</summary>
        public static async Task<(int Status, string Headers, string Body)> ExchangeAsync(string serverUrl, string method, string rawTarget, string? body, string extraHeaders)
        {
            var uri = new Uri(serverUrl);
            using var client = new TcpClient();
            await client.ConnectAsync(uri.Host, uri.Port);
            using NetworkStream stream = client.GetStream();
            byte[] content = Encoding.UTF8.GetBytes(body ?? string.Empty);
            string head = $"{method} {rawTarget} HTTP/1.1\r\nHost: {uri.Authority}\r\nContent-Length: {content.Length}\r\n{extraHeaders}\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(content);
            // Read until the server closes the connection (asked for, or its own choice); bounded by the read timeout.
            stream.ReadTimeout = 10000;
            string response = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
            int status = int.Parse(response.Substring(9, 3));
            int headerEnd = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            return (status, response.Substring(0, headerEnd), response.Substring(headerEnd + 4));
        }
    }
}
