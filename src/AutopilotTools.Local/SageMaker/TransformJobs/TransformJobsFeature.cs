using System.Collections.Generic;

namespace AutopilotTools.Local.SageMaker.TransformJobs
{
    /// <summary>Batch transform jobs: create, describe, list, stop; the transform worker runs them in the background.</summary>
    internal static class TransformJobsFeature
    {
        public static IEnumerable<SageMakerOperation> Operations(SageMakerServices s)
        {
            yield return new CreateTransformJobOperation(s.TransformJobs, s.Models, s.TransformWorker, s.Region, s.Clock).Operation();
            yield return DescribeTransformJobOperation.Operation(s.TransformJobs);
            yield return ListTransformJobsOperation.Operation(s.TransformJobs);
            yield return new StopTransformJobOperation(s.TransformJobs, s.TransformWorker, s.Clock).Operation();
        }
    }
}
