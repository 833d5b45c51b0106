using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Json;
using AutopilotTools.Local.Hosting;
using AutopilotTools.Local.SageMaker.Validation;
using AutopilotTools.Model;
using Microsoft.AspNetCore.Http;

namespace AutopilotTools.Local.SageMaker
{
    /// <summary>
    /// SageMaker's AWS JSON 1.1 protocol: <c>POST /</c> with <c>X-Amz-Target: SageMaker.&lt;Operation&gt;</c> and a JSON
    /// body. Reads the request into its model, has it validated (<see cref="IRequestValidator"/>), runs the operation
    /// and answers JSON; errors are <c>{"__type":code,"Message":...}</c> with the code in <c>X-Amzn-ErrorType</c>.
    /// Every response carries <c>x-amzn-RequestId</c>.
    /// </summary>
    internal sealed class SageMakerHandler
    {
        public const string TargetPrefix = "SageMaker.";
        private const string ContentType = "application/x-amz-json-1.1";
        private const int MaxRequestBytes = 4 * 1024 * 1024;

        private readonly IReadOnlyDictionary<string, SageMakerOperation> _operations;
        private readonly IRequestValidator _validator;
        private readonly TextWriter? _diagnostics;

        public SageMakerHandler(IEnumerable<SageMakerOperation> operations, IRequestValidator validator, TextWriter? diagnostics)
        {
            _operations = operations.ToDictionary(o => o.Name, StringComparer.Ordinal);
            _validator = validator;
            _diagnostics = diagnostics;
        }

        public static bool Matches(HttpRequest request) => request.Headers.ContainsKey("X-Amz-Target");

        public async Task HandleAsync(HttpContext context)
        {
            context.Response.Headers["x-amzn-RequestId"] = RequestIds.SageMaker();
            CancellationToken cancellationToken = context.RequestAborted;
            try
            {
                SageMakerOperation operation = Resolve(context.Request.Headers["X-Amz-Target"].ToString());
                object request = await ReadRequestAsync(context.Request, operation.RequestType, cancellationToken);
                IReadOnlyList<string> problems = _validator.Validate(request);
                if (problems.Count > 0)
                {
                    throw SageMakerError.Validation(problems);
                }

                object response = await operation.InvokeAsync(request, cancellationToken);
                await WriteAsync(context.Response, 200, ServiceJson.Serialize(response, response.GetType()), null, cancellationToken);
            }
            catch (SageMakerError error)
            {
                await WriteErrorAsync(context.Response, error, cancellationToken);
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested && !context.Response.HasStarted)
            {
                _diagnostics?.WriteLine($"SageMaker {context.Request.Headers["X-Amz-Target"]} failed: {error}");
                await WriteErrorAsync(context.Response, new SageMakerError("InternalFailure", "The local server failed to process the request: " + error.Message, 500), cancellationToken);
            }
        }

        private SageMakerOperation Resolve(string target)
        {
            string name = target.StartsWith(TargetPrefix, StringComparison.Ordinal) ? target.Substring(TargetPrefix.Length) : string.Empty;
            if (_operations.TryGetValue(name, out SageMakerOperation? operation))
            {
                return operation;
            }

            if (name.Length > 0 && Model.SageMakerOperations.All.Any(o => o.Name == name))
            {
                throw SageMakerError.UnknownOperation($"{name} is a SageMaker operation the local server does not implement yet.");
            }

            throw SageMakerError.UnknownOperation($"Unknown operation: '{target}'. The local server speaks SageMaker ('{TargetPrefix}<Operation>').");
        }

        private static async Task<object> ReadRequestAsync(HttpRequest request, Type type, CancellationToken cancellationToken)
        {
            using var buffer = new MemoryStream();
            byte[] chunk = new byte[16384];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxRequestBytes)
                {
                    throw SageMakerError.Validation("The request body is larger than the service accepts.");
                }

                buffer.Write(chunk, 0, read);
            }

            if (buffer.Length == 0)
            {
                return Activator.CreateInstance(type)!;
            }

            try
            {
                return JsonSerializer.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), type, ServiceJson.Options) ?? Activator.CreateInstance(type)!;
            }
            catch (JsonException error)
            {
                throw new SageMakerError("SerializationException", "The request body could not be read as " + type.Name + ": " + error.Message);
            }
        }

        private static Task WriteErrorAsync(HttpResponse response, SageMakerError error, CancellationToken cancellationToken)
        {
            if (response.HasStarted)
            {
                return Task.CompletedTask;
            }

            byte[] body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["__type"] = error.Code, ["Message"] = error.Message });
            return WriteAsync(response, error.Status, body, error.Code, cancellationToken);
        }

        private static async Task WriteAsync(HttpResponse response, int status, byte[] body, string? errorType, CancellationToken cancellationToken)
        {
            response.StatusCode = status;
            response.ContentType = ContentType;
            response.ContentLength = body.Length;
            if (errorType != null)
            {
                response.Headers["X-Amzn-ErrorType"] = errorType;
            }

            await response.Body.WriteAsync(body, cancellationToken);
        }
    }
}
