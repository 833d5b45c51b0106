using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.TransformJobs
{
    /// <summary>DescribeTransformJob; a missing job is SageMaker's ValidationException "Could not find requested job with name …".</summary>
    internal sealed class DescribeTransformJobOperation
    {
        private readonly ITransformJobStore _jobs;

        public DescribeTransformJobOperation(ITransformJobStore jobs) => _jobs = jobs;

        public SageMakerOperation Operation() =>
            SageMakerOperation.Create<DescribeTransformJobRequest, DescribeTransformJobResponse>(SageMakerOperations.DescribeTransformJob, DescribeAsync);

        private async Task<DescribeTransformJobResponse> DescribeAsync(DescribeTransformJobRequest request, CancellationToken cancellationToken)
        {
            TransformJobRecord job = await _jobs.GetAsync(request.TransformJobName!, cancellationToken)
                ?? throw TransformJobErrors.NotFound(request.TransformJobName!);
            return TransformJobDocuments.Describe(job);
        }
    }
}
