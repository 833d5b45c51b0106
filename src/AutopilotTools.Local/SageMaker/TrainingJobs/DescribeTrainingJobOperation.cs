using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.TrainingJobs
{
    /// <summary>
    /// DescribeTrainingJob for the training jobs behind candidates (their <c>AWS::SageMaker::TrainingJob</c> steps), as
    /// training saved them. The local server runs no other training jobs, so any other name is not found, in the
    /// service's words for that.
    /// </summary>
    internal sealed class DescribeTrainingJobOperation
    {
        private readonly ITrainingJobStore _trainingJobs;

        public DescribeTrainingJobOperation(ITrainingJobStore trainingJobs) => _trainingJobs = trainingJobs;

        public SageMakerOperation Operation() =>
            SageMakerOperation.Create<DescribeTrainingJobRequest, DescribeTrainingJobResponse>(SageMakerOperations.DescribeTrainingJob, DescribeAsync);

        private async Task<DescribeTrainingJobResponse> DescribeAsync(DescribeTrainingJobRequest request, CancellationToken cancellationToken)
        {
            TrainingJobRecord trainingJob = await _trainingJobs.GetAsync(request.TrainingJobName!, cancellationToken)
                ?? throw SageMakerError.RequestedResourceNotFound();
            return Documents.Deserialize<DescribeTrainingJobResponse>(trainingJob.Document);
        }
    }
}
