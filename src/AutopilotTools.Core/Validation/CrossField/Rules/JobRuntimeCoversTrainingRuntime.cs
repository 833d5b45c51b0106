using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seed (CLI v1 create-auto-ml-job, AutoMLJobCompletionCriteria, the same shape in both APIs): the job's
    /// runtime limit has to be at least the limit of each training job inside it.
    /// </summary>
    internal sealed class JobRuntimeCoversTrainingRuntime : ICrossFieldRule
    {
        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            AutoMLJobCompletionCriteria? criteria = job.CompletionCriteria?.Value;
            if (criteria?.MaxAutoMLJobRuntimeInSeconds == null || criteria.MaxRuntimePerTrainingJobInSeconds == null
                || criteria.MaxAutoMLJobRuntimeInSeconds >= criteria.MaxRuntimePerTrainingJobInSeconds)
            {
                yield break;
            }

            string path = job.CompletionCriteria!.Member(nameof(criteria.MaxAutoMLJobRuntimeInSeconds));
            string training = job.CompletionCriteria.Member(nameof(criteria.MaxRuntimePerTrainingJobInSeconds));
            yield return CrossFieldError.At(path, criteria.MaxAutoMLJobRuntimeInSeconds, $"{path} {criteria.MaxAutoMLJobRuntimeInSeconds} must be at least {training} ({criteria.MaxRuntimePerTrainingJobInSeconds}): the whole job cannot be shorter than one of its training jobs.");
        }
    }
}
