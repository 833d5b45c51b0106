using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;

namespace AutopilotTools.Client.Pipeline
{
    /// <summary>
    /// The pipeline step that feeds our endpoint provider and fixes the signing region. With a custom endpoint the
    /// signer cannot read a region from a host like 127.0.0.1 and would sign for the ambient region; we set the
    /// configured one on every request.
    /// </summary>
    internal sealed class ServiceEndpointResolver : BaseEndpointResolver
    {
        protected override EndpointParameters MapEndpointsParameters(IRequestContext requestContext) =>
            ((ServiceClientConfig)requestContext.ClientConfig).EndpointParameters();

        protected override void ServiceSpecificHandler(IExecutionContext executionContext, EndpointParameters parameters)
        {
            var config = (ServiceClientConfig)executionContext.RequestContext.ClientConfig;
            executionContext.RequestContext.Request.AuthenticationRegion = config.SigningRegion;
        }
    }
}
