using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Local.SageMaker.Candidates;
using AutopilotTools.Local.SageMaker.EndpointConfigs;
using AutopilotTools.Local.SageMaker.Endpoints;
using AutopilotTools.Local.SageMaker.Jobs;
using AutopilotTools.Local.SageMaker.Models;
using AutopilotTools.Local.SageMaker.Tags;
using AutopilotTools.Local.SageMaker.TrainingJobs;
using AutopilotTools.Local.SageMaker.TransformJobs;

namespace AutopilotTools.Local.SageMaker
{
    /// <summary>The SageMaker operations the local server answers: each folder registers its own.</summary>
    internal static class SageMakerApi
    {
        public static IReadOnlyList<SageMakerOperation> Operations(SageMakerServices services) => new[]
        {
            JobsFeature.Operations(services),
            CandidatesFeature.Operations(services),
            TrainingJobsFeature.Operations(services),
            ModelsFeature.Operations(services),
            EndpointConfigsFeature.Operations(services),
            EndpointsFeature.Operations(services),
            TransformJobsFeature.Operations(services),
            TagsFeature.Operations(services),
        }.SelectMany(operations => operations).ToList();
    }
}
