using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seed (boto3 TimeSeriesForecastingJobConfig.ForecastHorizon): "The maximum forecast horizon is the lesser of 500
    /// time-steps or 1/4 of the time-steps in the dataset." The model only says at least 1; the 500 is checked here,
    /// the quarter of the data only where the data is read.
    /// </summary>
    internal sealed class ForecastHorizonAtMost500 : ICrossFieldRule
    {
        public const int Limit = 500;

        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            int? horizon = job.TimeSeries?.Value.ForecastHorizon;
            if (horizon > Limit)
            {
                string path = job.TimeSeries!.Member(nameof(TimeSeriesForecastingJobConfig.ForecastHorizon));
                yield return CrossFieldError.At(path, horizon, $"{path} {horizon} is more than Autopilot forecasts: at most {Limit} time-steps (and at most a quarter of the time-steps in the data).");
            }
        }
    }
}
