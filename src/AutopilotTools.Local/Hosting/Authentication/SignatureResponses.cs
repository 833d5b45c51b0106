using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AutopilotTools.Local.Hosting.Faults;
using AutopilotTools.Local.S3;
using Microsoft.AspNetCore.Http;

namespace AutopilotTools.Local.Hosting.Authentication
{
    /// <summary>
    /// A refused signature as each service answers it, so SDKs raise the error their users know.
    /// <list type="bullet">
    /// <item>S3 (XML): AccessDenied (unsigned, or a presigned URL expired), InvalidAccessKeyId, SignatureDoesNotMatch
    /// (with the canonical request and string to sign, as S3 gives them), RequestTimeTooSkewed, all 403; malformed
    /// signatures are 400 AuthorizationHeaderMalformed / AuthorizationQueryParametersError.</item>
    /// <item>SageMaker (AWS JSON 1.1, whose services answer authentication errors with 400) and SageMaker Runtime
    /// (REST-JSON, 403 but for IncompleteSignature): MissingAuthenticationTokenException, UnrecognizedClientException,
    /// InvalidSignatureException (a wrong signature, scope or time), IncompleteSignature.</item>
    /// </list>
    /// The health document and the fault admin call answer as SageMaker Runtime does, in JSON.
    /// </summary>
    internal static class SignatureResponses
    {
        public static Task WriteAsync(HttpContext context, ServiceCall? call, SignatureFailure failure) => call?.Service == ServiceCall.S3
            ? WriteS3Async(context, failure)
            : WriteJsonAsync(context, call?.Service == ServiceCall.SageMaker, failure);

        private static Task WriteS3Async(HttpContext context, SignatureFailure failure)
        {
            bool presigned = !context.Request.Headers.ContainsKey("Authorization");
            string malformed = presigned ? "AuthorizationQueryParametersError" : "AuthorizationHeaderMalformed";
            S3Error error = failure.Problem switch
            {
                SignatureProblem.Unsigned => new S3Error(403, "AccessDenied", "Access Denied"),
                SignatureProblem.Incomplete => new S3Error(400, malformed, failure.Message),
                SignatureProblem.WrongScope => new S3Error(400, malformed, failure.Message, failure.Details.ToArray()),
                SignatureProblem.ContentSha256 => new S3Error(400, failure.Details.Count > 0 ? "InvalidArgument" : "InvalidRequest", failure.Message, failure.Details.ToArray()),
                SignatureProblem.UnknownKey => new S3Error(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.", failure.Details.ToArray()),
                SignatureProblem.Skewed => new S3Error(403, "RequestTimeTooSkewed", "The difference between the request time and the current time is too large.", failure.Details.ToArray()),
                SignatureProblem.Expired => new S3Error(403, "AccessDenied", failure.Message, failure.Details.ToArray()),
                _ => new S3Error(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided. Check your key and signing method.", failure.Details.ToArray()),
            };
            string requestId = RequestIds.S3();
            string hostId = RequestIds.S3HostId();
            context.Response.Headers["x-amz-request-id"] = requestId;
            context.Response.Headers["x-amz-id-2"] = hostId;
            return S3Handler.WriteErrorAsync(context, error, RawTarget.Path(context), requestId, hostId, context.RequestAborted);
        }

        private static async Task WriteJsonAsync(HttpContext context, bool sageMaker, SignatureFailure failure)
        {
            (string code, int restStatus) = failure.Problem switch
            {
                SignatureProblem.Unsigned => ("MissingAuthenticationTokenException", 403),
                SignatureProblem.Incomplete or SignatureProblem.ContentSha256 => ("IncompleteSignature", 400),
                SignatureProblem.UnknownKey => ("UnrecognizedClientException", 403),
                _ => ("InvalidSignatureException", 403),
            };
            byte[] body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["__type"] = code, ["message"] = failure.Message });
            HttpResponse response = context.Response;
            response.StatusCode = sageMaker ? 400 : restStatus;
            response.Headers["x-amzn-RequestId"] = RequestIds.SageMaker();
            response.Headers["X-Amzn-ErrorType"] = code;
            response.ContentType = sageMaker ? "application/x-amz-json-1.1" : "application/json";
            response.ContentLength = body.Length;
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await response.Body.WriteAsync(body, context.RequestAborted);
            }
        }
    }
}
