using System.Collections.Generic;
using AutopilotTools.Catalog;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seeds (boto3 create_auto_ml_job_v2, CLI v2 create-auto-ml-job): algorithms may only be chosen when the
    /// training mode is named; AlgorithmsConfig is not for AUTO mode, where Autopilot picks the mode itself.
    /// An empty AlgorithmsConfig list selects nothing, so it is not held against the mode.
    /// </summary>
    internal sealed class AlgorithmsNeedExplicitMode : ICrossFieldRule
    {
        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            TabularView? tabular = job.Tabular;
            if (tabular?.Algorithms == null || tabular.Algorithms.Value.Count == 0 || AutopilotAlgorithms.IsExplicit(tabular.Mode))
            {
                yield break;
            }

            string mode = tabular.Mode == null ? "not set" : "'" + tabular.Mode + "'";
            yield return CrossFieldError.At(
                tabular.Algorithms.Path,
                tabular.Algorithms.Value,
                $"{tabular.Algorithms.Path} may only be set when {tabular.ModePath} is {AutoMLMode.ENSEMBLING} or {AutoMLMode.HYPERPARAMETERTUNING}; it is {mode}, and in {AutoMLMode.AUTO} mode Autopilot chooses the algorithms.");
        }
    }
}
