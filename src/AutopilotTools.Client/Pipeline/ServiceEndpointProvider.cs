using System;
using Amazon;
using Amazon.Runtime.Endpoints;

namespace AutopilotTools.Client.Pipeline
{
    /// <summary>
    /// Resolves where a request goes: the configured endpoint URL when there is one, otherwise the service's regional
    /// host in the region's partition (amazonaws.com, amazonaws.com.cn, …), with the FIPS variant when asked.
    /// </summary>
    internal sealed class ServiceEndpointProvider : IEndpointProvider
    {
        private readonly ServiceDescription _service;

        public ServiceEndpointProvider(ServiceDescription service) => _service = service;

        public Endpoint ResolveEndpoint(EndpointParameters parameters)
        {
            if (parameters["Endpoint"] is string custom && custom.Length > 0)
            {
                return new Endpoint(custom);
            }

            if (!(parameters["Region"] is string region) || region.Length == 0)
            {
                throw new ArgumentException("A region is needed to find the " + _service.ServiceId + " endpoint.");
            }

            string dnsSuffix = RegionEndpoint.GetBySystemName(region).PartitionDnsSuffix ?? "amazonaws.com";
            string prefix = parameters["UseFIPS"] is true ? _service.EndpointPrefix.Replace(".sagemaker", "-fips.sagemaker") : _service.EndpointPrefix;
            return new Endpoint($"https://{prefix}.{region}.{dnsSuffix}");
        }
    }
}
