using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Catalog;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Local.ModelHosting;
using AutopilotTools.Local.SageMaker;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Training
{
    /// <summary>
    /// A trained candidate as ListCandidatesForAutoMLJob and BestCandidate describe it: name, status, objective
    /// value, the standard metrics on the validation rows, its training step, and for a completed candidate one
    /// inference container (<c>autopilot-local/&lt;algorithm&gt;</c>, the model archive in the job's output, the response
    /// keys it supports); V2 jobs also list the container under InferenceContainerDefinitions' CPU.
    /// </summary>
    internal static class CandidateDocuments
    {
        public static Model.AutoMLCandidate Build(CandidateResult candidate, CandidateContext context)
        {
            bool completed = candidate.Status == CandidateStatus.Completed;
            List<AutoMLContainerDefinition>? containers = completed && context.ModelDataUrl != null
                ? new List<AutoMLContainerDefinition> { Container(candidate, context) }
                : null;
            DateTime end = Milliseconds(candidate.EndTime.UtcDateTime);
            return new Model.AutoMLCandidate
            {
                CandidateName = candidate.Name,
                CandidateStatus = candidate.Status,
                ObjectiveStatus = completed ? ObjectiveStatus.Succeeded : ObjectiveStatus.Failed,
                FinalAutoMLJobObjectiveMetric = completed && candidate.ObjectiveValue.HasValue && context.Objective != null
                    ? new FinalAutoMLJobObjectiveMetric
                    {
                        MetricName = context.Objective.MetricName,
                        StandardMetricName = context.Objective.MetricName,
                        Type = context.Objective.ObjectiveType,
                        Value = candidate.ObjectiveValue,
                    }
                    : null,
                CandidateSteps = new List<AutoMLCandidateStep>
                {
                    new AutoMLCandidateStep
                    {
                        CandidateStepType = CandidateStepType.AWSSageMakerTrainingJob,
                        CandidateStepName = candidate.Name,
                        CandidateStepArn = Arns.TrainingJob(context.Region, candidate.Name),
                    },
                },
                CandidateProperties = new CandidateProperties
                {
                    CandidateArtifactLocations = context.Artifacts,
                    CandidateMetrics = candidate.Metrics.Count == 0
                        ? null
                        : candidate.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new MetricDatum
                        {
                            // MetricName holds AutoMLMetricEnum values only; LogLoss and the other extended metrics
                            // are named by StandardMetricName (AutoMLMetricExtendedEnum) alone, as the service does.
                            MetricName = AutoMLMetricEnum.Values.Contains(m.Key) ? m.Key : null,
                            StandardMetricName = m.Key,
                            Value = m.Value,
                            Set = MetricSetSource.Validation,
                        }).ToList(),
                },
                InferenceContainers = containers,
                InferenceContainerDefinitions = containers != null && context.ApiVersion == 2
                    ? new Dictionary<string, List<AutoMLContainerDefinition>> { [AutoMLProcessingUnit.CPU] = containers }
                    : null,
                CreationTime = Milliseconds(candidate.StartTime.UtcDateTime),
                EndTime = end,
                LastModifiedTime = end,
                FailureReason = candidate.FailureReason,
            };
        }

        /// <summary>Times as the service sends them: epoch seconds with three decimals.</summary>
        public static DateTime Milliseconds(DateTime time) => new DateTime(time.Ticks - (time.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);

        private static AutoMLContainerDefinition Container(CandidateResult candidate, CandidateContext context) => new AutoMLContainerDefinition
        {
            Image = LocalImages.For(candidate.Algorithm),
            ModelDataUrl = context.ModelDataUrl,
            Environment = context.Objective == null ? null : EnvironmentOf(context),
        };

        /// <summary>The problem type's container environment, naming the problem type so clients know how to call the model.</summary>
        private static Dictionary<string, string> EnvironmentOf(CandidateContext context) =>
            new Dictionary<string, string>(context.ProblemType.InferenceEnvironment(context.Objective!))
            {
                [ContainerEnvironment.ProblemType] = context.ProblemType.ConfigName,
            };
    }

    /// <summary>What a candidate's document needs beside the engine's result.</summary>
    internal sealed record CandidateContext(string Region, int ApiVersion, ResolvedObjective? Objective, string? ModelDataUrl, CandidateArtifactLocations? Artifacts, IProblemType ProblemType);
}
