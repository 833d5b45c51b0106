using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AutopilotTools.Catalog;
using AutopilotTools.Json;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Training
{
    /// <summary>
    /// What a finished job's describe document gains from training: BestCandidate, AutoMLJobArtifacts (the data
    /// exploration report where the service puts its notebook), PartialFailureReasons (candidates that failed), and
    /// ResolvedAttributes in the shape of the API that created the job.
    /// </summary>
    internal sealed class JobResults
    {
        /// <summary>The service's defaults for the limits a job did not set.</summary>
        internal const int DefaultPerTrainingJobSeconds = 86400;
        private const int DefaultJobSeconds = 2592000;

        public Model.AutoMLCandidate? BestCandidate { get; init; }

        public string? DataExplorationLocation { get; init; }

        public IReadOnlyList<CandidateResult> Candidates { get; init; } = new List<CandidateResult>();

        public TrainingOutcome? Outcome { get; init; }

        /// <summary>The endpoint of the job's automatic deployment (ModelDeployConfig); null when it has none.</summary>
        public ModelDeployResult? ModelDeployResult { get; set; }

        /// <summary>The problem type that trained the job: it says what the job resolved.</summary>
        public IProblemType? ProblemType { get; init; }

        /// <summary>Writes these results into a job document of API version <paramref name="apiVersion"/>.</summary>
        public void WriteInto(JsonObject document, int apiVersion, DescribeAutoMLJobV2Response request)
        {
            if (BestCandidate != null)
            {
                document["BestCandidate"] = Node(BestCandidate);
            }

            if (ModelDeployResult != null)
            {
                document["ModelDeployResult"] = Node(ModelDeployResult);
            }

            if (DataExplorationLocation != null)
            {
                document["AutoMLJobArtifacts"] = Node(new AutoMLJobArtifacts { DataExplorationNotebookLocation = DataExplorationLocation });
            }

            List<AutoMLPartialFailureReason> failures = Candidates
                .Where(c => c.Status == CandidateStatus.Failed)
                .Take(5)
                .Select(c => new AutoMLPartialFailureReason { PartialFailureMessage = $"{c.Name}: {c.FailureReason}" })
                .ToList();
            if (failures.Count > 0 && BestCandidate != null)
            {
                document["PartialFailureReasons"] = Node(failures);
            }

            if (Outcome != null && Outcome.ProblemType.Length > 0)
            {
                document["ResolvedAttributes"] = apiVersion == 1 ? Node(V1(request)) : Node(V2(request));
            }
        }

        private ResolvedAttributes V1(DescribeAutoMLJobV2Response request) => new ResolvedAttributes
        {
            AutoMLJobObjective = new AutoMLJobObjective { MetricName = Outcome!.ObjectiveMetric },
            ProblemType = Outcome.ProblemType,
            CompletionCriteria = Criteria(request),
        };

        private AutoMLResolvedAttributes V2(DescribeAutoMLJobV2Response request) => new AutoMLResolvedAttributes
        {
            AutoMLJobObjective = new AutoMLJobObjective { MetricName = Outcome!.ObjectiveMetric },
            CompletionCriteria = Criteria(request),
            AutoMLProblemTypeResolvedAttributes = ProblemType?.ResolvedAttributes(Outcome),
        };

        private AutoMLJobCompletionCriteria Criteria(DescribeAutoMLJobV2Response request)
        {
            AutoMLJobCompletionCriteria? asked = ProblemTypeConfigs.CompletionCriteriaOf(request.AutoMLProblemTypeConfig);
            return new AutoMLJobCompletionCriteria
            {
                MaxCandidates = Outcome!.MaxCandidates,
                MaxRuntimePerTrainingJobInSeconds = asked?.MaxRuntimePerTrainingJobInSeconds ?? DefaultPerTrainingJobSeconds,
                MaxAutoMLJobRuntimeInSeconds = asked?.MaxAutoMLJobRuntimeInSeconds ?? DefaultJobSeconds,
            };
        }

        private static JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, typeof(T), ServiceJson.Options);
    }
}
