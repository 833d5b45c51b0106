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
            var uri = new Uri(serverUrl);
            using var client = new TcpClient();
            await client.ConnectAsync(uri.Host, uri.Port);
            using NetworkStream stream = client.GetStream();
            byte[] content = Encoding.UTF8.GetBytes(body ?? string.Empty);
            string head = $"{method} {rawTarget} HTTP/1.1\r\nHost: {uri.Authority}\r\nContent-Length: {content.Length}\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            await stream.WriteAsync(content);
            string response = await new StreamReader(stream, Encoding.UTF8).ReadToEndAsync();
            int status = int.Parse(response.Substring(9, 3));
            int bodyStart = response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4;
            return (status, response.Substring(bodyStart));
        }
    }
}
