using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seeds (boto3 DataSplitConfig, CLI v2 --auto-ml-job-config): the validation fraction must be greater than 0
    /// and less than 1. The model's bounds (0 to 1) include both ends, and the shape checks report values beyond
    /// them, so this rule only adds the two ends themselves.
    /// </summary>
    internal sealed class ValidationFractionOpenInterval : ICrossFieldRule
    {
        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            double? fraction = job.DataSplit?.Value.ValidationFraction;
            if (fraction == 0 || fraction == 1)
            {
                string path = job.DataSplit!.Member(nameof(AutoMLDataSplitConfig.ValidationFraction));
                yield return CrossFieldError.At(path, fraction, $"{path} {ValueText.Describe(fraction)} must be greater than 0 and less than 1: it is the share of the data kept for validation.");
            }
        }
    }
}
