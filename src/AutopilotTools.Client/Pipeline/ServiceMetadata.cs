using System.Collections.Generic;
using Amazon.Runtime.Internal;

namespace AutopilotTools.Client.Pipeline
{
    /// <summary>The metadata the SDK asks every client for (used in telemetry and user agent).</summary>
    internal sealed class ServiceMetadata : IServiceMetadata
    {
        public ServiceMetadata(string serviceId) => ServiceId = serviceId;

        public string ServiceId { get; }

        public IDictionary<string, string> OperationNameMapping { get; } = new Dictionary<string, string>();
    }
}
