using System.Collections.Generic;

namespace AutopilotTools.Local.SageMaker.TrainingJobs
{
    /// <summary>Candidates' training jobs (their AWS::SageMaker::TrainingJob steps): describe.</summary>
    internal static class TrainingJobsFeature
    {
        public static IEnumerable<SageMakerOperation> Operations(SageMakerServices s)
        {
            yield return DescribeTrainingJobOperation.Operation(s.TrainingJobs);
        }
    }
}
