using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>
    /// What the SDK tests cannot show: the aws-chunked framings other clients send (signed chunks, a trailer that does
    /// not match), S3's XML error document, and keys that look like paths.
    /// </summary>
    public sealed class S3WireTests
    {
        [Fact]
        public async Task UnsignedChunksWithATrailerAreDecoded()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
            (await http.PutAsync("/raw", null)).EnsureSuccessStatusCode();
            // STREAMING-UNSIGNED-PAYLOAD-TRAILER, as SDKs send it over HTTPS: no chunk signatures, no trailer signature.
            const string body = "6\r\nhello \r\n5\r\nworld\r\n0\r\nx-amz-checksum-crc32:DUoRhQ==\r\n\r\n";
            HttpRequestMessage request = ChunkedPut("/raw/unsigned", body, 11);
            request.Headers.Remove("x-amz-content-sha256");
            request.Headers.Add("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER");

            HttpResponseMessage stored = await http.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
            Assert.Equal("hello world", await http.GetStringAsync("/raw/unsigned"));
            HttpResponseMessage head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/raw/unsigned"));
            Assert.Null(head.Content.Headers.ContentEncoding.FirstOrDefault());
            Assert.Equal(11, head.Content.Headers.ContentLength);
        }

        [Fact]
        public async Task SignedChunksAreDecodedAndTheTrailingChecksumIsVerified()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
            (await http.PutAsync("/raw", null)).EnsureSuccessStatusCode();

            // "hello world" in two signed chunks, CRC32 trailer (0x0D4A1185), as STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER sends it.
            string good = Chunked("hello ", "world", "x-amz-checksum-crc32:DUoRhQ==");
            HttpResponseMessage stored = await http.SendAsync(ChunkedPut("/raw/greeting", good, 11));
            Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
            Assert.Equal("DUoRhQ==", string.Join(",", stored.Headers.GetValues("x-amz-checksum-crc32")));
            Assert.Equal("hello world", await http.GetStringAsync("/raw/greeting"));

            string bad = Chunked("hello ", "world", "x-amz-checksum-crc32:AAAAAA==");
            HttpResponseMessage refused = await http.SendAsync(ChunkedPut("/raw/other", bad, 11));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            XElement error = XElement.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal("BadDigest", error.Element("Code")!.Value);
            Assert.False(string.IsNullOrEmpty(error.Element("RequestId")!.Value));
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/raw/other")).StatusCode);
        }

        [Fact]
        public async Task ErrorsAreS3XmlWithTheResourceAndRequestId()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
            (await http.PutAsync("/docs", null)).EnsureSuccessStatusCode();

            HttpResponseMessage response = await http.GetAsync("/docs/missing%20key");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            XElement error = XElement.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal("NoSuchKey", error.Element("Code")!.Value);
            Assert.Equal("missing key", error.Element("Key")!.Value);
            Assert.Equal("/docs/missing key", error.Element("Resource")!.Value);
            Assert.Equal(string.Join(",", response.Headers.GetValues("x-amz-request-id")), error.Element("RequestId")!.Value);
        }

        [Fact]
        public async Task KeysThatLookLikePathsAreJustKeys()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            Assert.Equal(200, (await RawHttp.SendAsync(server.Url, "PUT", "/docs")).Status);

            foreach (string key in new[] { "../../outside.txt", "..%2F..%2Fescape", "%2Fetc%2Fpasswd", "a/./b" })
            {
                Assert.Equal(200, (await RawHttp.SendAsync(server.Url, "PUT", "/docs/" + key, "content of " + key)).Status);
                Assert.Equal((200, "content of " + key), await RawHttp.SendAsync(server.Url, "GET", "/docs/" + key));
            }

            (int status, string listing) = await RawHttp.SendAsync(server.Url, "GET", "/docs?list-type=2");
            Assert.Equal(200, status);
            Assert.Contains("<Key>../../outside.txt</Key>", listing);
            Assert.Contains("<Key>../../escape</Key>", listing);
            Assert.Contains("<Key>/etc/passwd</Key>", listing);
            Assert.False(System.IO.File.Exists(System.IO.Path.Combine(server.DataDirectory, "..", "outside.txt")));
        }

        private static string Chunked(string first, string second, string trailer) =>
            $"{first.Length:x};chunk-signature={new string('a', 64)}\r\n{first}\r\n" +
            $"{second.Length:x};chunk-signature={new string('b', 64)}\r\n{second}\r\n" +
            $"0;chunk-signature={new string('c', 64)}\r\n{trailer}\r\nx-amz-trailer-signature:{new string('d', 64)}\r\n\r\n";

        private static HttpRequestMessage ChunkedPut(string path, string body, int decodedLength)
        {
            var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = new ByteArrayContent(Encoding.ASCII.GetBytes(body)) };
            request.Content.Headers.ContentEncoding.Add("aws-chunked");
            request.Headers.Add("x-amz-content-sha256", "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER");
            request.Headers.Add("x-amz-decoded-content-length", decodedLength.ToString());
            request.Headers.Add("x-amz-trailer", "x-amz-checksum-crc32");
            return request;
        }
    }
}
