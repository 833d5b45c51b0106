using System.Collections.Generic;
using System.Linq;

namespace AutopilotTools.Local.SageMaker.EndpointConfigs
{
    /// <summary>Endpoint configurations: create, describe, delete.</summary>
    internal static class EndpointConfigsFeature
    {
        public static IEnumerable<SageMakerOperation> Operations(SageMakerServices s) =>
            ResourceOperations.ForEndpointConfigs(s.EndpointConfigs)
                .Prepend(new CreateEndpointConfigOperation(s.EndpointConfigs, s.Models, s.Region, s.Clock).Operation());
    }
}
