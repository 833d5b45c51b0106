using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.TrainingJobs
{
    /// <summary>
    /// DescribeTrainingJob for the training jobs behind candidates (their <c>AWS::SageMaker::TrainingJob</c> steps), as
    /// training saved them. The local server runs no other training jobs, so any other name is not found, in the
    /// service's words for that.
    /// </summary>
    internal static class DescribeTrainingJobOperation
    {
        public static SageMakerOperation Operation(ITrainingJobStore trainingJobs) =>
            SageMakerOperation.Create<DescribeTrainingJobRequest, DescribeTrainingJobResponse>(SageMakerOperations.DescribeTrainingJob, async (request, cancellationToken) =>
                Documents.Deserialize<DescribeTrainingJobResponse>(
                    (await trainingJobs.GetAsync(request.TrainingJobName!, cancellationToken) ?? throw SageMakerError.RequestedResourceNotFound()).Document));
    }
}
