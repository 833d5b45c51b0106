using System;
using System.Collections.Generic;
using System.Linq;

namespace AutopilotTools
{
    /// <summary>
    /// One candidate (a trained pipeline) of a job: every member of the API's candidate under its API name
    /// ($c.CandidateProperties, $c.InferenceContainers, …), carrying its job's name so it pipes on to cmdlets that
    /// take a job or a candidate, with the objective, algorithm and run time brought to the top.
    /// </summary>
    public sealed class AutoMLCandidate : Model.AutoMLCandidate
    {
        /// <summary>Autopilot's algorithm names, as they appear in candidate container images and artifacts.</summary>
        private static readonly string[] KnownAlgorithms =
            { "xgboost", "linear-learner", "lightgbm", "catboost", "randomforest", "extra-trees", "nn-torch", "fastai", "mlp", "autogluon", "ensemble" };

        /// <summary>An empty candidate, for deserializers; the cmdlets write candidates made from a response.</summary>
        public AutoMLCandidate()
        {
            AutoMLJobName = string.Empty;
        }

        public AutoMLCandidate(string autoMLJobName, Model.AutoMLCandidate candidate)
        {
            AutoMLJobName = autoMLJobName ?? throw new ArgumentNullException(nameof(autoMLJobName));
            Model.ModelCopy.Members(candidate ?? throw new ArgumentNullException(nameof(candidate)), this);
        }

        public string AutoMLJobName { get; set; }

        public string? ObjectiveMetric => FinalAutoMLJobObjectiveMetric?.MetricName;

        public double? ObjectiveValue => FinalAutoMLJobObjectiveMetric?.Value;

        /// <summary>
        /// The algorithm the candidate's containers run (xgboost, lightgbm, …, or ensemble for Autopilot's
        /// ensembles) when their images or artifacts name one, else its name does; null when neither does.
        /// </summary>
        public string? Algorithm => Containers()
            .SelectMany(c => new[] { c.Image, c.ModelDataUrl })
            .Append(CandidateName)
            .Where(text => text != null)
            .Select(text => KnownAlgorithms.FirstOrDefault(name => text!.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0))
            .FirstOrDefault(name => name != null);

        /// <summary>The candidate's steps as "type:name", in order (processing, training, transform).</summary>
        public IReadOnlyList<string> Steps => (CandidateSteps ?? new List<Model.AutoMLCandidateStep>())
            .Select(step => (step.CandidateStepType?.Replace("AWS::SageMaker::", string.Empty) ?? "?") + ":" + step.CandidateStepName)
            .ToList();

        /// <summary>Seconds from creation to the end, or to now while it runs (a number, which ConvertTo-Json writes as one).</summary>
        public double? ElapsedSeconds => JobStatus.ElapsedSeconds(CreationTime, EndTime);

        public override string ToString() => CandidateName ?? string.Empty;

        private IEnumerable<Model.AutoMLContainerDefinition> Containers() =>
            (InferenceContainers ?? new List<Model.AutoMLContainerDefinition>())
                .Concat(InferenceContainerDefinitions?.Values.SelectMany(list => list) ?? Enumerable.Empty<Model.AutoMLContainerDefinition>());
    }
}
