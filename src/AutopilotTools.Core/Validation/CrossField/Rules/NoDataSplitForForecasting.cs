using System.Collections.Generic;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seed (boto3 create_auto_ml_job_v2, DataSplitConfig): time-series forecasting jobs split their data
    /// themselves, so DataSplitConfig must not be given for them.
    /// </summary>
    internal sealed class NoDataSplitForForecasting : ICrossFieldRule
    {
        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            if (job.Problem == ProblemKind.TimeSeriesForecasting && job.DataSplit != null)
            {
                yield return CrossFieldError.At(job.DataSplit.Path, job.DataSplit.Value, $"{job.DataSplit.Path} must not be set for time-series forecasting jobs: Autopilot splits their data into training and validation sets itself.");
            }
        }
    }
}
