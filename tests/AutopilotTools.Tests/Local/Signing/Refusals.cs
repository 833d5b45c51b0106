using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using AutopilotTools.Client.Errors;
using Xunit;

namespace AutopilotTools.Tests.Local.Signing
{
    /// <summary>What the signing tests share: the service error a refused call ends in, and changes made to a request after it was signed.</summary>
    internal static class Refusals
    {
        public static async Task<ServiceFailure> RefusedAsync<T>(Func<Task<T>> call)
        {
            Exception error = await Assert.ThrowsAnyAsync<Exception>(call);
            return ServiceFailure.Of(error) ?? throw new Xunit.Sdk.XunitException("Not a service error: " + error);
        }

        public static Func<HttpRequestMessage, Task> SetHeader(string name, string value) => request =>
        {
            request.Headers.Remove(name);
            request.Content?.Headers.Remove(name);
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content!.Headers.TryAddWithoutValidation(name, value);
            }

            return Task.CompletedTask;
        };

        /// <summary>Replaces text in the body as sent, keeping every header (signature, length, content type) as the SDK set them.</summary>
        public static Func<HttpRequestMessage, Task> ReplaceBody(string from, string to) => async request =>
        {
            if (request.Content == null)
            {
                return;
            }

            byte[] original = await request.Content.ReadAsByteArrayAsync();
            byte[] changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(original).Replace(from, to));
            var content = new ByteArrayContent(changed);
            foreach (var header in request.Content.Headers)
            {
                if (!header.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }

            request.Content = content;
        };
    }
}
