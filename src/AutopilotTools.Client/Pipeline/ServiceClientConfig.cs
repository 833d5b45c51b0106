using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using Amazon.Util.Internal;

namespace AutopilotTools.Client.Pipeline
{
    /// <summary>
    /// The SDK client configuration for one of our services. Everything the SDK derives from a config — retry mode,
    /// timeouts, AWS_ENDPOINT_URL_* and a profile's endpoint_url through <see cref="ClientConfig.ServiceURL"/> — works
    /// as it does for the SDK's own clients.
    /// </summary>
    public sealed class ServiceClientConfig : ClientConfig
    {
        private static readonly string ModuleVersion = typeof(ServiceClientConfig).Assembly.GetName().Version!.ToString(3);

        private readonly string _userAgent;

        public ServiceClientConfig(ServiceDescription service)
            : base(new DefaultConfigurationProvider(StandardConfigurations.All))
        {
            Service = service;
            base.ServiceId = service.ServiceId;
            AuthenticationServiceName = service.SigningName;
            EndpointProvider = new ServiceEndpointProvider(service);
            _userAgent = InternalSDKUtils.BuildUserAgentString(service.ServiceId, ModuleVersion) + " AutopilotTools/" + ModuleVersion;
        }

        public ServiceDescription Service { get; }

        public override string RegionEndpointServiceName => Service.EndpointPrefix;

        public override string ServiceVersion => Service.ApiVersion;

        public override string UserAgent => _userAgent;

        public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters) =>
            EndpointProvider.ResolveEndpoint(EndpointParameters());

        /// <summary>What our endpoint provider decides by: region, custom URL, FIPS and dual-stack choices.</summary>
        internal EndpointParameters EndpointParameters()
        {
            var parameters = new EndpointParameters();
            parameters["Region"] = SigningRegion;
            parameters["UseFIPS"] = UseFIPSEndpoint;
            parameters["UseDualStack"] = UseDualstackEndpoint;
            parameters["Endpoint"] = ServiceURL;
            return parameters;
        }

        /// <summary>The region requests are signed for, whether it came from RegionEndpoint or alongside a custom URL.</summary>
        internal string? SigningRegion => RegionEndpoint?.SystemName ?? AuthenticationRegion;
    }
}
