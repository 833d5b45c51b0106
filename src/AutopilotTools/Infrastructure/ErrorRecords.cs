using System;
using System.Management.Automation;
using System.Net;
using AutopilotTools.Client.Connection;
using AutopilotTools.Client.Errors;
using AutopilotTools.Resources;

namespace AutopilotTools.Infrastructure
{
    /// <summary>
    /// Builds the module's ErrorRecords: the ErrorId is a key of Strings.resx and names the message, the category says
    /// what kind of failure it is, and the TargetObject is the input that caused it. Service exceptions are kept as
    /// they are (error code, request id, status) with our message on top.
    /// </summary>
    internal static class ErrorRecords
    {
        public static ErrorRecord Create(Exception exception, string errorId, ErrorCategory category, object? target, params object?[] messageArgs)
        {
            return new ErrorRecord(exception, errorId, category, target)
            {
                ErrorDetails = new ErrorDetails(Strings.Format(errorId, messageArgs)),
            };
        }

        public static ErrorRecord Connection(ConnectionException e)
        {
            switch (e.Problem)
            {
                case ConnectionProblem.ProfileNotFound:
                    return Create(e, ErrorIds.ProfileNotFound, ErrorCategory.ObjectNotFound, e.Target, e.Target);
                case ConnectionProblem.InvalidEndpointUrl:
                    return Create(e, ErrorIds.InvalidEndpointUrl, ErrorCategory.InvalidArgument, e.Target, e.Target);
                case ConnectionProblem.UnsupportedCredential:
                    return Create(e, ErrorIds.UnsupportedCredential, ErrorCategory.InvalidArgument, e.Target, e.Target?.GetType().FullName);
                case ConnectionProblem.NoRegion:
                    return Create(e, ErrorIds.NoRegion, ErrorCategory.InvalidOperation, null);
                default:
                    return Create(e, ErrorIds.NoCredentials, ErrorCategory.AuthenticationError, e.Target);
            }
        }

        /// <summary>The session's local server is gone: which one, how it ended and what it said last.</summary>
        public static ErrorRecord LocalServerExited(LocalServer.LocalServerGoneException e)
        {
            LocalServerInfo server = e.Server;
            var lastWords = server.LastErrorLines;
            string said = lastWords.Count == 0 ? string.Empty : " Its last output: " + string.Join(" ", lastWords);
            return Create(e, ErrorIds.LocalServerExited, ErrorCategory.ResourceUnavailable, server, server.Url, server.ProcessId, server.DataPath, server.ExitCode, server.ExitTime, said);
        }

        /// <summary>An input that names no resource (a malformed name or ARN), reported before any request.</summary>
        public static ErrorRecord InvalidIdentity(string input, string problem, string errorId = ErrorIds.InvalidAutoMLJobIdentity) =>
            Create(new ArgumentException(Strings.Format(errorId, input, problem)), errorId, ErrorCategory.InvalidArgument, input, input, problem);

        /// <summary>
        /// A request the validation core refused: one record per problem, the message naming the member path, the
        /// value and the rule, and the nearest valid name as the recommended action for an unknown key.
        /// </summary>
        public static ErrorRecord InvalidRequest(Validation.ValidationError problem, object input)
        {
            ErrorRecord record = Create(new ArgumentException(problem.Message), ErrorIds.InvalidAutoMLJobRequest, ErrorCategory.InvalidArgument, problem.Value ?? input, problem.Message);
            if (problem.Suggestion != null)
            {
                record.ErrorDetails.RecommendedAction = $"Use '{problem.Suggestion}'.";
            }

            return record;
        }

        /// <summary>A failed call that no more specific record describes.</summary>
        public static ErrorRecord Service(string operation, Exception e, object? target)
        {
            if (ServiceFailure.Of(e) is ServiceFailure service)
            {
                return Create(e, ErrorIds.ServiceError, CategoryOf(service), target, operation, service.Message, service.ErrorCode, service.StatusCode, service.RequestId);
            }

            return Create(e, ErrorIds.ServiceUnreachable, ErrorCategory.ConnectionError, target, operation, e.Message);
        }

        private static ErrorCategory CategoryOf(ServiceFailure e)
        {
            switch (e.ErrorCode)
            {
                case "ResourceNotFound":
                    return ErrorCategory.ObjectNotFound;
                case "ResourceInUse":
                    return ErrorCategory.ResourceExists;
                case "ResourceLimitExceeded":
                case "ThrottlingException":
                    return ErrorCategory.LimitsExceeded;
                case "ValidationException":
                    return ErrorCategory.InvalidArgument;
                case "AccessDeniedException":
                case "UnrecognizedClientException":
                case "InvalidSignatureException":
                case "ExpiredTokenException":
                case "IncompleteSignature":
                case "MissingAuthenticationTokenException":
                case "AccessDenied":
                case "InvalidAccessKeyId":
                case "SignatureDoesNotMatch":
                case "RequestTimeTooSkewed":
                    return ErrorCategory.PermissionDenied;
                default:
                    return e.StatusCode >= (int)HttpStatusCode.InternalServerError ? ErrorCategory.ConnectionError : ErrorCategory.NotSpecified;
            }
        }
    }
}
