using System;
using System.Globalization;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace AutopilotTools.Client.Pipeline
{
    /// <summary>
    /// Sits just inside the SDK's retry handler, so it sees every attempt of a call, and tells the current
    /// <see cref="CallTrace"/> (if a cmdlet runs with -Debug) how each went. It reads only the operation, the attempt
    /// number, the status, the error code and the request ids.
    /// </summary>
    internal sealed class AttemptTraceHandler : PipelineHandler
    {
        public override void InvokeSync(IExecutionContext executionContext)
        {
            CallTrace? trace = CallTrace.Current;
            try
            {
                base.InvokeSync(executionContext);
                trace?.Add(Succeeded(executionContext));
            }
            catch (Exception e) when (Failed(trace, executionContext, e))
            {
                throw;
            }
        }

        public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
        {
            CallTrace? trace = CallTrace.Current;
            try
            {
                T result = await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
                trace?.Add(Succeeded(executionContext));
                return result;
            }
            catch (Exception e) when (Failed(trace, executionContext, e))
            {
                throw;
            }
        }

        private static string Attempt(IExecutionContext context)
        {
            IRequestContext request = context.RequestContext;
            string operation = request.OriginalRequest is OperationRequest ours ? ours.Operation : request.RequestName;
            return string.Format(CultureInfo.InvariantCulture, "{0}.{1} attempt {2} (SDK invocation {3})", request.ServiceMetaData?.ServiceId, operation, request.Retries + 1, request.InvocationId);
        }

        private static string Succeeded(IExecutionContext context)
        {
            IWebResponseData? response = context.ResponseContext.HttpResponse;
            string? requestId = context.ResponseContext.Response?.ResponseMetadata?.RequestId ?? response?.GetHeaderValue("x-amzn-RequestId");
            return string.Format(CultureInfo.InvariantCulture, "{0}: HTTP {1}, request id {2}.", Attempt(context), response == null ? "?" : ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), Show(requestId));
        }

        /// <summary>Records a failed attempt; returns false so it can sit in an exception filter.</summary>
        private static bool Failed(CallTrace? trace, IExecutionContext context, Exception e)
        {
            if (trace == null)
            {
                return false;
            }

            string outcome;
            if (e is AmazonServiceException service)
            {
                outcome = Outcome((int)service.StatusCode, service.ErrorCode, service.RequestId);
            }
            else if (e is HttpErrorResponseException http && http.Response != null)
            {
                // Inside the retry handler an error response is still raw: its code is in X-Amzn-ErrorType ("Code:namespace").
                string code = (http.Response.GetHeaderValue("X-Amzn-ErrorType") ?? string.Empty).Split(':')[0];
                outcome = Outcome((int)http.Response.StatusCode, code, http.Response.GetHeaderValue("x-amzn-RequestId"));
            }
            else
            {
                outcome = e is OperationCanceledException ? "cancelled" : e.GetType().Name + ": " + e.Message;
            }

            trace.Add($"{Attempt(context)} failed: {outcome}; the SDK retries it if the error is retryable and attempts remain.");
            return false;
        }

        private static string Outcome(int status, string? errorCode, string? requestId) =>
            string.Format(CultureInfo.InvariantCulture, "HTTP {0}{1}, request id {2}", status, string.IsNullOrEmpty(errorCode) ? string.Empty : " " + errorCode, Show(requestId));

        private static string Show(string? requestId) => string.IsNullOrEmpty(requestId) ? "(none)" : requestId!;
    }
}
