using System;
using AutopilotTools.Local.Storage;

namespace AutopilotTools.Local.SageMaker.Endpoints
{
    /// <summary>
    /// The stored state of an endpoint beside its status: the deployment it serves, the one it is moving to
    /// (Creating, Updating), when that move began, and why the last one failed.
    /// </summary>
    internal sealed class EndpointState
    {
        public EndpointDeployment? Serving { get; set; }

        public EndpointDeployment? Target { get; set; }

        public DateTime? TargetStartTime { get; set; }

        public string? FailureReason { get; set; }

        public static EndpointState Of(EndpointRecord endpoint) => Documents.Deserialize<EndpointState>(endpoint.State);

        /// <summary>The endpoint with a new status and state, modified now.</summary>
        public EndpointRecord Apply(EndpointRecord endpoint, string status, DateTime now) =>
            endpoint with { Status = status, LastModifiedTime = now, State = Documents.Serialize(this) };
    }
}
