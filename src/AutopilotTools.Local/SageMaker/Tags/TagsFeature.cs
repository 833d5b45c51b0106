using System.Collections.Generic;

namespace AutopilotTools.Local.SageMaker.Tags
{
    /// <summary>Tags of jobs, models, endpoint configurations and endpoints: add, list, delete.</summary>
    internal static class TagsFeature
    {
        public static IEnumerable<SageMakerOperation> Operations(SageMakerServices s) =>
            new TagOperations(s.Tags, s.Jobs, s.Models, s.EndpointConfigs, s.Endpoints, s.TransformJobs).Operations();
    }
}
