using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seeds (boto3 create_auto_ml_job_v2, CLI v2, MaxCandidates): image and text classification, time-series
    /// forecasting and text generation jobs train one candidate, so MaxCandidates can only be 1 for them; the
    /// tabular maximum of 750 is the model's own bound.
    /// </summary>
    internal sealed class SingleCandidateForNonTabular : ICrossFieldRule
    {
        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            int? candidates = job.CompletionCriteria?.Value.MaxCandidates;
            if (job.Problem == ProblemKind.Unknown || job.Problem == ProblemKind.Tabular || candidates == null || candidates == 1)
            {
                yield break;
            }

            string path = job.CompletionCriteria!.Member(nameof(AutoMLJobCompletionCriteria.MaxCandidates));
            yield return CrossFieldError.At(path, candidates, $"{path} {candidates} must be 1: {ProblemNames.Of(job.Problem)} jobs train a single candidate.");
        }
    }
}
