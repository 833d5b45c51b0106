using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Catalog;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seeds (boto3 create_auto_ml_job_v2, CLI v2 create-auto-ml-job, AutoMLAlgorithms): the algorithms chosen have
    /// to be among those of the training mode — ENSEMBLING: catboost, extra-trees, fastai, lightgbm, linear-learner,
    /// nn-torch, randomforest, xgboost; HYPERPARAMETER_TUNING: linear-learner, mlp, xgboost. Values that are no
    /// algorithm at all are left to the enum check.
    /// </summary>
    internal sealed class AlgorithmsMatchMode : ICrossFieldRule
    {
        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            TabularView? tabular = job.Tabular;
            IReadOnlyList<string>? offered = AutopilotAlgorithms.OfMode(tabular?.Mode);
            if (tabular?.Algorithms == null || offered == null)
            {
                yield break;
            }

            for (int i = 0; i < tabular.Algorithms.Value.Count; i++)
            {
                List<string>? chosen = tabular.Algorithms.Value[i]?.AutoMLAlgorithms;
                string listPath = MemberPath.Member(MemberPath.Index(tabular.Algorithms.Path, i), nameof(AutoMLAlgorithmConfig.AutoMLAlgorithms));
                for (int j = 0; chosen != null && j < chosen.Count; j++)
                {
                    string algorithm = chosen[j];
                    if (algorithm != null && AutoMLAlgorithm.Values.Contains(algorithm) && !offered.Contains(algorithm))
                    {
                        string path = MemberPath.Index(listPath, j);
                        yield return CrossFieldError.At(path, algorithm, $"{path} '{algorithm}' is not available in {tabular.Mode} mode ({tabular.ModePath}); that mode offers: {string.Join(", ", offered)}.");
                    }
                }
            }
        }
    }
}
