using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seeds (boto3 TabularJobConfig.SampleWeightAttributeName, CLI v2 AutoMLChannel.SampleWeightAttributeName):
    /// sample weights work in ENSEMBLING mode only. AUTO (or no mode) may still choose ensembling, so only an
    /// explicit HYPERPARAMETER_TUNING is certain to be refused.
    /// </summary>
    internal sealed class SampleWeightsNeedEnsembling : ICrossFieldRule
    {
        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            TabularView? tabular = job.Tabular;
            if (tabular?.Mode != AutoMLMode.HYPERPARAMETERTUNING)
            {
                yield break;
            }

            foreach (KeyValuePair<string, string> weight in tabular.SampleWeights)
            {
                yield return CrossFieldError.At(weight.Value, weight.Key, $"{weight.Value} '{weight.Key}' cannot be used when {tabular.ModePath} is {AutoMLMode.HYPERPARAMETERTUNING}: sample weights work in {AutoMLMode.ENSEMBLING} mode only.");
            }
        }
    }
}
