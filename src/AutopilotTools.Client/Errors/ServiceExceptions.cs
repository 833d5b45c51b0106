using System;
using System.Net;
using System.Text.Json;
using Amazon.Runtime;

namespace AutopilotTools.Client.Errors
{
    /// <summary>
    /// An error the service answered with: its code, message, HTTP status and request id. The two outcomes callers
    /// branch on have their own types; any other code (ValidationException, ResourceLimitExceeded, ThrottlingException …)
    /// is this type with <see cref="AmazonServiceException.ErrorCode"/> set.
    /// </summary>
    public class AutopilotServiceException : AmazonServiceException
    {
        public AutopilotServiceException(string? message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode)
        {
        }
    }

    /// <summary>The named resource (job, model, endpoint, …) does not exist.</summary>
    public sealed class ResourceNotFoundException : AutopilotServiceException
    {
        public ResourceNotFoundException(string? message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode)
        {
        }
    }

    /// <summary>A resource of that name exists already, or is in use.</summary>
    public sealed class ResourceInUseException : AutopilotServiceException
    {
        public ResourceInUseException(string? message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode)
        {
        }
    }

    /// <summary>The model container of an endpoint failed the invocation (SageMaker Runtime's ModelError).</summary>
    public sealed class ModelErrorException : AutopilotServiceException
    {
        public ModelErrorException(string? message, Exception? innerException, ErrorType errorType, string? errorCode, string? requestId, HttpStatusCode statusCode)
            : base(message, innerException, errorType, errorCode, requestId, statusCode)
        {
        }

        /// <summary>The status code the container answered with.</summary>
        public int? OriginalStatusCode { get; internal set; }

        /// <summary>The container's own message.</summary>
        public string? OriginalMessage { get; internal set; }

        /// <summary>The CloudWatch log stream of the container.</summary>
        public string? LogStreamArn { get; internal set; }
    }

    internal static class ServiceExceptions
    {
        public static AutopilotServiceException Create(string? code, string? message, Exception? inner, ErrorType type, string? requestId, HttpStatusCode status, byte[]? body)
        {
            switch (code)
            {
                case "ResourceNotFound":
                case "ResourceNotFoundException":
                    return new ResourceNotFoundException(message, inner, type, code, requestId, status);
                case "ResourceInUse":
                    return new ResourceInUseException(message, inner, type, code, requestId, status);
                case "ModelError":
                    return ReadModelError(new ModelErrorException(message, inner, type, code, requestId, status), body);
                default:
                    return new AutopilotServiceException(message, inner, type, code, requestId, status);
            }
        }

        private static ModelErrorException ReadModelError(ModelErrorException error, byte[]? body)
        {
            if (body == null || body.Length == 0)
            {
                return error;
            }

            try
            {
                using var document = JsonDocument.Parse(body);
                JsonElement root = document.RootElement;
                if (root.TryGetProperty("OriginalStatusCode", out JsonElement status) && status.TryGetInt32(out int code))
                {
                    error.OriginalStatusCode = code;
                }

                if (root.TryGetProperty("OriginalMessage", out JsonElement original))
                {
                    error.OriginalMessage = original.GetString();
                }

                if (root.TryGetProperty("LogStreamArn", out JsonElement log))
                {
                    error.LogStreamArn = log.GetString();
                }
            }
            catch (JsonException)
            {
                // A body that is not JSON still leaves the code, message and status, which is what callers act on.
            }

            return error;
        }
    }
}
