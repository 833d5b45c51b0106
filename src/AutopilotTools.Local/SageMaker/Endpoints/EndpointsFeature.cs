using System.Collections.Generic;

namespace AutopilotTools.Local.SageMaker.Endpoints
{
    /// <summary>Endpoints: create, describe, update, delete, list; the endpoint worker deploys them in the background.</summary>
    internal static class EndpointsFeature
    {
        public static IEnumerable<SageMakerOperation> Operations(SageMakerServices s)
        {
            var resolver = new DeploymentResolver(s.EndpointConfigs, s.Models, s.Region);
            yield return new CreateEndpointOperation(s.Endpoints, resolver, s.EndpointWorker, s.Region, s.Clock).Operation();
            yield return DescribeEndpointOperation.Operation(s.Endpoints);
            yield return new DeleteEndpointOperation(s.Endpoints, s.EndpointWorker, s.Clock).Operation();
            yield return new UpdateEndpointOperation(s.Endpoints, resolver, s.EndpointWorker, s.Clock).Operation();
            yield return ListEndpointsOperation.Operation(s.Endpoints);
        }
    }
}
