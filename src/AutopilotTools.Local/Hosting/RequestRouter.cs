using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;
using AutopilotTools.Local.Hosting.Authentication;
using AutopilotTools.Local.Hosting.Faults;
using AutopilotTools.Local.S3;
using AutopilotTools.Local.SageMaker;
using AutopilotTools.Local.SageMakerRuntime;
using Microsoft.AspNetCore.Http;

namespace AutopilotTools.Local.Hosting
{
    /// <summary>
    /// The one place that decides which protocol a request speaks, the way AWS SDKs tell them apart on one endpoint:
    /// an <c>X-Amz-Target</c> header is SageMaker's JSON 1.1; <c>POST /endpoints/{name}/invocations</c> is SageMaker
    /// Runtime; <c>/_autopilot/health</c>, and an unsigned <c>GET /</c> when the server checks no signatures, is the
    /// health check; everything else is path-style S3. Every AWS request is counted; with credentials configured, every
    /// request (health and fault admin included) must be signed before anything serves it; with fault injection on, an
    /// AWS request may then get a fault before its handler sees it.
    /// </summary>
    internal sealed class RequestRouter
    {
        /// <summary>Signing names: S3's; SageMaker's, which its Runtime signs with too; either, for the server's own calls.</summary>
        private static readonly string[] S3Scope = { "s3" };
        private static readonly string[] SageMakerScope = { "sagemaker" };
        private static readonly string[] AdminScope = { "s3", "sagemaker" };

        private readonly HealthHandler _health;
        private readonly SageMakerHandler _sageMaker;
        private readonly RuntimeHandler _runtime;
        private readonly S3Handler _s3;
        private readonly ReceivedRequests _received;
        private readonly FaultInjector? _faults;
        private readonly FaultAdminHandler? _faultAdmin;
        private readonly RequestAuthenticator? _authenticator;

        /// <param name="faults">Null unless the server runs with fault injection: then nothing about faults is routed.</param>
        /// <param name="authenticator">Null unless the server has credentials: then every request must be signed.</param>
        public RequestRouter(HealthHandler health, SageMakerHandler sageMaker, RuntimeHandler runtime, S3Handler s3, ReceivedRequests received, FaultInjector? faults, RequestAuthenticator? authenticator = null)
        {
            _authenticator = authenticator;
            _health = health;
            _sageMaker = sageMaker;
            _runtime = runtime;
            _s3 = s3;
            _received = received;
            _faults = faults;
            _faultAdmin = faults == null ? null : new FaultAdminHandler(faults);
        }

        public async Task RouteAsync(HttpContext context)
        {
            HttpRequest request = context.Request;
            if (request.ContentLength == 0 && request.Headers.Expect.ToString().Contains("100-continue", StringComparison.OrdinalIgnoreCase))
            {
                // S3 sends "100 Continue" even for an empty body; Kestrel sends none when there is no body to read.
                // botocore then keeps the early final response's status for the next request on the connection and
                // stalls there until its read timeout. Closing this connection resets botocore's state.
                context.Response.Headers.Connection = "close";
            }

            if (_faultAdmin != null && FaultAdminHandler.Matches(request))
            {
                if (await AuthenticatedAsync(context, null))
                {
                    await _faultAdmin.HandleAsync(context);
                }

                return;
            }

            if (!TryRoute(context, out ServiceCall? call, out Func<Task>? handle))
            {
                if (await AuthenticatedAsync(context, null))
                {
                    await _health.HandleAsync(context);
                }

                return;
            }

            _received.Add();
            if (!await AuthenticatedAsync(context, call))
            {
                return;
            }

            if (_faults != null && await _faults.InterceptAsync(context, call))
            {
                return;
            }

            await handle();
        }

        /// <summary>
        /// True when the request may be served: the server checks no signatures, or the request's is valid for its
        /// service (<paramref name="call"/>; null for the health and fault admin calls, signed as S3 or SageMaker).
        /// Otherwise the refusal is written, in the service's own form.
        /// </summary>
        private async Task<bool> AuthenticatedAsync(HttpContext context, ServiceCall? call)
        {
            if (_authenticator == null)
            {
                return true;
            }

            try
            {
                bool s3 = call?.Service == ServiceCall.S3;
                await _authenticator.AuthenticateAsync(context, s3 ? S3Scope : call == null ? AdminScope : SageMakerScope, s3);
                return true;
            }
            catch (SignatureFailure failure)
            {
                await SignatureResponses.WriteAsync(context, call, failure);
                return false;
            }
        }

        /// <summary>The AWS request's service, operation and handler; false for the health check.</summary>
        private bool TryRoute(HttpContext context, [NotNullWhen(true)] out ServiceCall? call, [NotNullWhen(true)] out Func<Task>? handle)
        {
            HttpRequest request = context.Request;
            if (SageMakerHandler.Matches(request))
            {
                string target = request.Headers["X-Amz-Target"].ToString();
                call = new ServiceCall(ServiceCall.SageMaker, target.StartsWith(SageMakerHandler.TargetPrefix, StringComparison.Ordinal) ? target.Substring(SageMakerHandler.TargetPrefix.Length) : target);
                handle = () => _sageMaker.HandleAsync(context);
                return true;
            }

            if (RuntimeHandler.TryMatch(context, out string? endpointName))
            {
                call = new ServiceCall(ServiceCall.SageMakerRuntime, "InvokeEndpoint");
                handle = () => _runtime.HandleAsync(context, endpointName);
                return true;
            }

            // With signatures checked, GET / is S3's ListBuckets whether signed or not; the health check has its own path.
            if (HealthHandler.MatchesOwnPath(request) || (_authenticator == null && HealthHandler.Matches(request)))
            {
                call = null;
                handle = null;
                return false;
            }

            call = new ServiceCall(ServiceCall.S3, request.Method.ToUpperInvariant());
            handle = () => _s3.HandleAsync(context);
            return true;
        }
    }
}
