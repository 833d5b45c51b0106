using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Bench.Wire
{
    /// <summary>
    /// The raw reference: one SigV4-signed SageMaker JSON 1.1 POST with HttpClient, nothing else — no SDK pipeline,
    /// no retries, no model binding. The response body is read in full but not parsed.
    /// </summary>
    internal sealed class SignedSageMakerClient : IDisposable
    {
        private static readonly MediaTypeHeaderValue JsonType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        private readonly HttpClient _http;
        private readonly Uri _endpoint;
        private readonly SigV4Signer _signer = new SigV4Signer(BenchConnection.AccessKey, BenchConnection.SecretKey, BenchConnection.Region, "sagemaker");

        /// <summary>A client with a handler, and so connections, of its own: concurrent clients do not share a pool.</summary>
        public SignedSageMakerClient(string endpointUrl)
        {
            _endpoint = new Uri(endpointUrl.TrimEnd('/') + "/");
            _http = new HttpClient(new SocketsHttpHandler { UseCookies = false, UseProxy = false });
        }

        public async Task<byte[]> PostAsync(string operation, byte[] body, CancellationToken cancellationToken = default)
        {
            string amzDate = SigV4Signer.AmzDate(DateTime.UtcNow);
            string target = "SageMaker." + operation;
            using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = JsonType;
            request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
            request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
            request.Headers.TryAddWithoutValidation("Authorization", _signer.Authorization("POST", "/", new[]
            {
                new KeyValuePair<string, string>("content-type", "application/x-amz-json-1.1"),
                new KeyValuePair<string, string>("host", _endpoint.Authority),
                new KeyValuePair<string, string>("x-amz-date", amzDate),
                new KeyValuePair<string, string>("x-amz-target", target),
            }, body, amzDate));
            using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            byte[] content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException($"{operation} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(content)}");
            }

            return content;
        }

        public void Dispose() => _http.Dispose();
    }
}
