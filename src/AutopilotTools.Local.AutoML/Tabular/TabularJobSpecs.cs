using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Tabular
{
    /// <summary>
    /// A job's TabularJobConfig (V2, or V1 read as V2) as the engine's spec: target, sample weights, problem type,
    /// objective, mode, algorithms, completion criteria and the validation split. Candidates are named after the job
    /// (<c>&lt;job&gt;-&lt;algorithm&gt;-NNN</c>).
    /// </summary>
    public static class TabularJobSpecs
    {
        /// <summary>The spec of a tabular job.</summary>
        public static TabularJobSpec From(JobInput input)
        {
            DescribeAutoMLJobV2Response job = input.Request;
            TabularJobConfig tabular = job.AutoMLProblemTypeConfig?.TabularJobConfig ?? new TabularJobConfig();
            AutoMLJobCompletionCriteria? criteria = tabular.CompletionCriteria;
            return new TabularJobSpec
            {
                TrainingPaths = input.TrainingPaths,
                ValidationPaths = input.ValidationPaths,
                TargetAttributeName = tabular.TargetAttributeName ?? string.Empty,
                SampleWeightAttributeName = tabular.SampleWeightAttributeName,
                ProblemType = tabular.ProblemType,
                ObjectiveMetric = job.AutoMLJobObjective?.MetricName,
                Mode = tabular.Mode ?? AutoMLMode.AUTO,
                Algorithms = tabular.CandidateGenerationConfig?.AlgorithmsConfig?.SelectMany(c => c.AutoMLAlgorithms ?? new List<string>()).ToList()
                    ?? (IReadOnlyList<string>)Array.Empty<string>(),
                MaxCandidates = criteria?.MaxCandidates,
                MaxRuntimePerTrainingJob = Seconds(criteria?.MaxRuntimePerTrainingJobInSeconds),
                MaxJobRuntime = Seconds(criteria?.MaxAutoMLJobRuntimeInSeconds),
                ValidationFraction = job.DataSplitConfig?.ValidationFraction ?? 0.2,
                CandidateNamePrefix = job.AutoMLJobName,
                OutputDirectory = input.OutputDirectory,
                Clock = input.Clock,
            };
        }

        private static TimeSpan? Seconds(int? seconds) => seconds.HasValue ? TimeSpan.FromSeconds(seconds.Value) : null;
    }
}
