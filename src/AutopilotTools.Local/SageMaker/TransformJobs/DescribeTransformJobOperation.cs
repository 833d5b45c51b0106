using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.TransformJobs
{
    /// <summary>DescribeTransformJob; a missing job is SageMaker's ValidationException "Could not find requested job with name …".</summary>
    internal static class DescribeTransformJobOperation
    {
        public static SageMakerOperation Operation(ITransformJobStore jobs) =>
            SageMakerOperation.Create<DescribeTransformJobRequest, DescribeTransformJobResponse>(SageMakerOperations.DescribeTransformJob, async (request, cancellationToken) =>
                TransformJobDocuments.Describe(
                    await jobs.GetAsync(request.TransformJobName!, cancellationToken) ?? throw TransformJobErrors.NotFound(request.TransformJobName!)));
    }
}
