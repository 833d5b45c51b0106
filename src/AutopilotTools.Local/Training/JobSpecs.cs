using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Training
{
    /// <summary>
    /// A job's TabularJobConfig (V2, or V1 read as V2) as the engine's spec: target, sample weights, problem type,
    /// objective, mode, algorithms, completion criteria and the validation split. Candidates are named after the job
    /// (<c>&lt;job&gt;-&lt;algorithm&gt;-NNN</c>).
    /// </summary>
    internal static class JobSpecs
    {
        public static TabularJobSpec From(DescribeAutoMLJobV2Response job, IReadOnlyList<string> training, IReadOnlyList<string> validation, string outputDirectory)
        {
            TabularJobConfig tabular = job.AutoMLProblemTypeConfig!.TabularJobConfig!;
            AutoMLJobCompletionCriteria? criteria = tabular.CompletionCriteria;
            return new TabularJobSpec
            {
                TrainingPaths = training,
                ValidationPaths = validation,
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
                OutputDirectory = outputDirectory,
            };
        }

        private static TimeSpan? Seconds(int? seconds) => seconds.HasValue ? TimeSpan.FromSeconds(seconds.Value) : null;
    }
}
