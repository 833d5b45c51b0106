using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Hosting;
using AutopilotTools.Local.ModelHosting;
using AutopilotTools.Local.SageMaker.Endpoints;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;
using Microsoft.AspNetCore.Http;

namespace AutopilotTools.Local.SageMakerRuntime
{
    /// <summary>
    /// SageMaker Runtime's InvokeEndpoint (REST-JSON): <c>POST /endpoints/{EndpointName}/invocations</c>. The body,
    /// Content-Type and Accept go to the loaded model of one of the endpoint's variants (the one named by
    /// X-Amzn-SageMaker-Target-Variant, else one drawn by weight), and its answer comes back as it is. The service's
    /// own errors are <c>ValidationError</c> (400: no such endpoint, not InService, body too large); the model's are
    /// <c>ModelError</c> (424) carrying its status and message.
    /// </summary>
    internal sealed class RuntimeHandler
    {
        /// <summary>InvokeEndpoint's payload limit.</summary>
        public const int MaxBodyBytes = 6 * 1024 * 1024;

        private const string Prefix = "/endpoints/";
        private const string Suffix = "/invocations";
        private const int MaxMessageLength = 2048;

        private readonly IEndpointStore _endpoints;
        private readonly LoadedEndpoints _loaded;
        private readonly TextWriter? _diagnostics;

        public RuntimeHandler(IEndpointStore endpoints, LoadedEndpoints loaded, TextWriter? diagnostics)
        {
            _endpoints = endpoints;
            _loaded = loaded;
            _diagnostics = diagnostics;
        }

        /// <summary>
        /// True for an invocation. A POST to the same path with <c>uploads</c> or <c>uploadId</c> in the query is S3
        /// multipart on a bucket named "endpoints", and stays S3.
        /// </summary>
        public static bool TryMatch(HttpContext context, [NotNullWhen(true)] out string? endpointName)
        {
            endpointName = null;
            HttpRequest request = context.Request;
            if (!HttpMethods.IsPost(request.Method) || request.Query.ContainsKey("uploads") || request.Query.ContainsKey("uploadId"))
            {
                return false;
            }

            string path = RawTarget.Path(context);
            if (!path.StartsWith(Prefix, StringComparison.Ordinal) || !path.EndsWith(Suffix, StringComparison.Ordinal) || path.Length <= Prefix.Length + Suffix.Length)
            {
                return false;
            }

            string encoded = path.Substring(Prefix.Length, path.Length - Prefix.Length - Suffix.Length);
            if (encoded.Contains('/'))
            {
                return false;
            }

            endpointName = Uri.UnescapeDataString(encoded);
            return true;
        }

        public async Task HandleAsync(HttpContext context, string endpointName)
        {
            context.Response.Headers["x-amzn-RequestId"] = RequestIds.SageMaker();
            CancellationToken cancellationToken = context.RequestAborted;
            try
            {
                // Read the payload before answering, as the service does: a client still sending would see a reset otherwise.
                byte[] body = await ReadBodyAsync(context.Request, cancellationToken);
                (LoadedVariant variant, InvocationResult result) = await InvokeAsync(context.Request, endpointName, body, cancellationToken);
                context.Response.StatusCode = StatusCodes.Status200OK;
                context.Response.ContentType = result.ContentType;
                context.Response.Headers["x-Amzn-Invoked-Production-Variant"] = variant.VariantName;
                context.Response.ContentLength = result.Body.Length;
                await context.Response.Body.WriteAsync(result.Body, cancellationToken);
            }
            catch (RuntimeError error)
            {
                await WriteErrorAsync(context.Response, error.Status, error.Code, new Dictionary<string, object?> { ["Message"] = error.Message }, cancellationToken);
            }
            catch (ModelInvocationException error)
            {
                await WriteErrorAsync(context.Response, StatusCodes.Status424FailedDependency, "ModelError", ModelError(error), cancellationToken);
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested && !context.Response.HasStarted)
            {
                _diagnostics?.WriteLine($"InvokeEndpoint {endpointName} failed: {error}");
                await WriteErrorAsync(context.Response, 500, "InternalFailure", new Dictionary<string, object?> { ["Message"] = "The local server failed to process the request: " + error.Message }, cancellationToken);
            }
        }

        private async Task<(LoadedVariant, InvocationResult)> InvokeAsync(HttpRequest request, string endpointName, byte[] body, CancellationToken cancellationToken)
        {
            EndpointRecord endpoint = await _endpoints.GetAsync(endpointName, cancellationToken) ?? throw RuntimeError.EndpointNotFound(endpointName);
            EndpointState state = EndpointState.Of(endpoint);
            // Updating endpoints keep serving their current deployment until the new one takes over.
            if ((endpoint.Status != EndpointStatus.InService && endpoint.Status != EndpointStatus.Updating) || state.Serving == null)
            {
                throw RuntimeError.Validation($"Endpoint {endpoint.Name} of account {SageMaker.Arns.Account} is {endpoint.Status}; it takes invocations only when InService.");
            }

            LoadedDeployment deployment;
            try
            {
                deployment = await _loaded.GetOrLoadAsync(endpoint.Name, state.Serving).WaitAsync(cancellationToken);
            }
            catch (ModelLoadException error)
            {
                throw RuntimeError.Internal($"The models of endpoint {endpoint.Name} could not be loaded: {error.Message}");
            }

            string? target = Header(request, "X-Amzn-SageMaker-Target-Variant");
            LoadedVariant variant = deployment.Pick(target)
                ?? throw RuntimeError.Validation($"Endpoint {endpoint.Name} has no production variant named {target}.");
            InvocationResult result = await variant.Model.InvokeAsync(new InvocationRequest(body, Header(request, "Content-Type"), Header(request, "Accept")), cancellationToken);
            return (variant, result);
        }

        private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
        {
            if (request.ContentLength > MaxBodyBytes)
            {
                throw TooLarge(request.ContentLength.Value);
            }

            using var buffer = new MemoryStream();
            byte[] chunk = new byte[65536];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    throw TooLarge(buffer.Length + read);
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }

        private static RuntimeError TooLarge(long size) =>
            RuntimeError.Validation($"The request body ({size} bytes or more) is larger than InvokeEndpoint accepts ({MaxBodyBytes} bytes); send fewer rows at a time.");

        private static string? Header(HttpRequest request, string name)
        {
            string value = request.Headers[name].ToString();
            return value.Length == 0 ? null : value;
        }

        /// <summary>ModelError as the service words it: its own message around the container's status and message, and both as they were.</summary>
        private static Dictionary<string, object?> ModelError(ModelInvocationException error)
        {
            bool client = error.StatusCode < 500;
            string message = $"Received {(client ? "client" : "server")} error ({error.StatusCode}) from primary with message \"{error.Message}\". See the local server's output for more information.";
            return new Dictionary<string, object?>
            {
                ["ErrorCode"] = client ? "CLIENT_ERROR_FROM_MODEL" : "SERVER_ERROR_FROM_MODEL",
                ["Message"] = Truncate(message),
                ["OriginalMessage"] = Truncate(error.Message),
                ["OriginalStatusCode"] = error.StatusCode,
            };
        }

        private static string Truncate(string text) => text.Length <= MaxMessageLength ? text : text.Substring(0, MaxMessageLength - 1) + "…";

        private static async Task WriteErrorAsync(HttpResponse response, int status, string code, Dictionary<string, object?> members, CancellationToken cancellationToken)
        {
            if (response.HasStarted)
            {
                return;
            }

            var document = new Dictionary<string, object?> { ["__type"] = code };
            foreach (KeyValuePair<string, object?> member in members)
            {
                document[member.Key] = member.Value;
            }

            byte[] body = JsonSerializer.SerializeToUtf8Bytes(document);
            response.StatusCode = status;
            response.Headers["X-Amzn-ErrorType"] = code;
            response.ContentType = "application/json";
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, cancellationToken);
        }
    }
}
