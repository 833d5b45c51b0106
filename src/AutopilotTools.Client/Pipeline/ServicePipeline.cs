using System.Collections.Generic;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace AutopilotTools.Client.Pipeline
{
    /// <summary>The pipeline changes both clients need: our endpoint resolution and the SigV4 auth choice.</summary>
    internal static class ServicePipeline
    {
        public static void Customize(RuntimePipeline pipeline)
        {
            pipeline.RemoveHandler<EndpointResolver>();
            pipeline.AddHandlerAfter<Marshaller>(new ServiceEndpointResolver());
            pipeline.AddHandlerAfter<Marshaller>(new SigV4AuthHandler());
        }
    }

    /// <summary>The metadata the SDK asks every client for (used in telemetry and user agent).</summary>
    internal sealed class ServiceMetadata : IServiceMetadata
    {
        public ServiceMetadata(string serviceId) => ServiceId = serviceId;

        public string ServiceId { get; }

        public IDictionary<string, string> OperationNameMapping { get; } = new Dictionary<string, string>();
    }
}
