using System;
using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seed (boto3 create_auto_ml_job_v2, TextClassificationJobConfig): the column holding the sentences and the
    /// column holding the labels must be two different columns.
    /// </summary>
    internal sealed class ContentColumnDiffersFromTarget : ICrossFieldRule
    {
        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            TextClassificationJobConfig? config = job.TextClassification?.Value;
            if (config?.ContentColumn == null || !string.Equals(config.ContentColumn, config.TargetLabelColumn, StringComparison.Ordinal))
            {
                yield break;
            }

            string path = job.TextClassification!.Member(nameof(config.ContentColumn));
            string target = job.TextClassification.Member(nameof(config.TargetLabelColumn));
            yield return CrossFieldError.At(path, config.ContentColumn, $"{path} '{config.ContentColumn}' must differ from {target}: the text to classify and its label are two different columns.");
        }
    }
}
