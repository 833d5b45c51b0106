using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML.Responses;
using AutopilotTools.Catalog;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Local.AutoML.Tabular.Inference;
using AutopilotTools.Model;
using AutopilotTools.Requests;

namespace AutopilotTools.Local.AutoML.Tabular
{
    /// <summary>Tabular jobs (<c>TabularJobConfig</c>, and every V1 job): CSV with a header in, ML.NET candidates out.</summary>
    public sealed class TabularProblemType : IProblemType
    {
        /// <inheritdoc />
        public string ConfigName => AutoMLProblemTypeConfigName.Tabular;

        /// <inheritdoc />
        public IReadOnlyList<string> Check(DescribeAutoMLJobV2Response request)
        {
            TabularJobConfig tabular = request.AutoMLProblemTypeConfig?.TabularJobConfig ?? new TabularJobConfig();
            var problems = new List<string>();
            if (tabular.GenerateCandidateDefinitionsOnly == true)
            {
                problems.Add("GenerateCandidateDefinitionsOnly (the local server always trains)");
            }

            if (tabular.FeatureSpecificationS3Uri != null)
            {
                problems.Add("FeatureSpecificationS3Uri (the local server trains on every column)");
            }

            problems.AddRange(TrainingChannels.CsvOnly(request));
            if (problems.Count > 0)
            {
                return TrainingChannels.Unsupported(problems);
            }

            try
            {
                // The files are not downloaded yet; a placeholder lets the engine check everything else now.
                TabularAutoML.Validate(TabularJobSpecs.From(new JobInput { Request = request, TrainingPaths = new[] { "training.csv" }, OutputDirectory = "output" }));
            }
            catch (AutoMLValidationException error)
            {
                return new[] { error.Message };
            }

            return Array.Empty<string>();
        }

        /// <inheritdoc />
        public Task<TrainingOutcome> TrainAsync(JobInput input, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken) =>
            TabularAutoML.RunAsync(TabularJobSpecs.From(input), progress, cancellationToken);

        /// <inheritdoc />
        public IReadOnlyDictionary<string, string> InferenceEnvironment(ResolvedObjective objective)
        {
            IReadOnlyList<string> supported = InferenceResponseKeys.SupportedFor(objective.ProblemType);
            var environment = new Dictionary<string, string>
            {
                // Regression containers answer their value, which predicted_label also names.
                [ContainerEnvironment.SupportedKeys] = supported.Count == 0 ? InferenceResponseKeys.PredictedLabel : string.Join(",", supported),
                [ContainerEnvironment.DefaultAccept] = InferenceResponseFormatter.TextCsv,
            };
            if (supported.Count > 0)
            {
                // As Autopilot's containers: predicted_label alone unless a deployment asks for more.
                environment[ContainerEnvironment.OutputKeys] = InferenceResponseKeys.PredictedLabel;
            }

            return environment;
        }

        /// <inheritdoc />
        public AutoMLProblemTypeResolvedAttributes? ResolvedAttributes(TrainingOutcome outcome) => new AutoMLProblemTypeResolvedAttributes
        {
            TabularResolvedAttributes = new TabularResolvedAttributes { ProblemType = outcome.ProblemType },
        };

        /// <inheritdoc />
        public IEndpointModel LoadModel(string modelDirectory, IReadOnlyDictionary<string, string> environment) =>
            TabularEndpointModel.Load(modelDirectory, environment);
    }
}
