using System;
using System.Net;
using Amazon.Runtime;

namespace AutopilotTools.Client.Errors
{
    /// <summary>
    /// What the module needs to know of a failed call, in types of its own: the module must not name an AWS SDK type
    /// (on PowerShell 7 the SDK lives in the module's own load context), so it asks here instead of testing for
    /// <see cref="AmazonServiceException"/> itself.
    /// </summary>
    public sealed class ServiceFailure
    {
        private ServiceFailure(string? errorCode, string message, int statusCode, string? requestId)
        {
            ErrorCode = errorCode;
            Message = message;
            StatusCode = statusCode;
            RequestId = requestId;
        }

        /// <summary>The service's error code (ValidationException, ThrottlingException, …), when it gave one.</summary>
        public string? ErrorCode { get; }

        public string Message { get; }

        public int StatusCode { get; }

        public string? RequestId { get; }

        /// <summary>The service's answer in <paramref name="e"/>, or null when the service did not answer (network, timeout, bug).</summary>
        public static ServiceFailure? Of(Exception e) => e is AmazonServiceException service
            ? new ServiceFailure(service.ErrorCode, service.Message, (int)service.StatusCode, service.RequestId)
            : null;

        /// <summary>True for what a call to the service can fail with, as opposed to bugs in our own code.</summary>
        public static bool IsServiceFailure(Exception e) =>
            e is AmazonServiceException || IsTransportFailure(e);

        /// <summary>
        /// The named resource does not exist: ResourceNotFound, or the ValidationException "Could not find …" that
        /// SageMaker answers for a missing endpoint, endpoint config, model or transform job.
        /// </summary>
        public static bool IsNotFound(Exception e) =>
            e is ResourceNotFoundException
            || (e is AmazonServiceException service && service.ErrorCode == "ValidationException" && service.Message.IndexOf("Could not find", StringComparison.OrdinalIgnoreCase) >= 0);

        /// <summary>
        /// A failure worth waiting out rather than reporting: throttling, the service's own 5xx errors, and the network
        /// (after the SDK's own retries have been used up).
        /// </summary>
        public static bool IsTransient(Exception e) => e is AmazonServiceException service
            ? service.ErrorCode == "ThrottlingException" || service.ErrorCode == "Throttling" || service.ErrorCode == "RequestLimitExceeded"
                || service.StatusCode >= HttpStatusCode.InternalServerError
            : IsTransportFailure(e);

        private static bool IsTransportFailure(Exception e) =>
            e is AmazonClientException || e is WebException || e is System.Net.Http.HttpRequestException || e is System.IO.IOException
            || e is TimeoutException || e is OperationCanceledException;
    }
}
