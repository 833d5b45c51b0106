using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seed (boto3 create_auto_ml_job_v2, AutoMLJobObjective and TabularJobConfig.ProblemType): for tabular jobs,
    /// give both the problem type and the objective metric, or neither (Autopilot then infers both).
    /// </summary>
    internal sealed class ProblemTypeAndObjectiveTogether : ICrossFieldRule
    {
        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            TabularView? tabular = job.Tabular;
            if (tabular == null || (tabular.ProblemType == null) == (job.Objective == null))
            {
                yield break;
            }

            if (job.Objective == null)
            {
                const string Path = nameof(CreateAutoMLJobV2Request.AutoMLJobObjective);
                yield return CrossFieldError.At(Path, null, $"{Path} is required when {tabular.ProblemTypePath} is set: give both the problem type and the objective metric, or neither.");
            }
            else
            {
                yield return CrossFieldError.At(tabular.ProblemTypePath, null, $"{tabular.ProblemTypePath} is required when {job.Objective.Path} is set: give both the problem type and the objective metric, or neither.");
            }
        }
    }
}
