using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Responses;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Local.Pretrained.Classification;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Pretrained.TextClassification
{
    /// <summary>
    /// Text classification jobs (<c>TextClassificationJobConfig</c>): CSV with a header in, one candidate out, chosen
    /// on the validation rows among MiniLM embeddings with a trained head, ML.NET's bag of words, and their blend.
    /// </summary>
    public sealed class TextClassificationProblemType : IProblemType
    {
        private static readonly string[] RequestTypes = { InferenceResponseFormatter.TextCsv, InferenceResponseFormatter.ApplicationJson };

        /// <inheritdoc />
        public string ConfigName => AutoMLProblemTypeConfigName.TextClassification;

        /// <inheritdoc />
        public IReadOnlyList<string> Check(DescribeAutoMLJobV2Response request) =>
            TrainingChannels.Unsupported(TrainingChannels.CsvOnly(request));

        /// <inheritdoc />
        public Task<TrainingOutcome> TrainAsync(JobInput input, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken) =>
            Task.Run(() => TextTraining.RunAsync(input, progress, cancellationToken), cancellationToken);

        /// <inheritdoc />
        public IReadOnlyDictionary<string, string> InferenceEnvironment(ResolvedObjective objective) => ClassificationEndpoint.Environment();

        /// <inheritdoc />
        public AutoMLProblemTypeResolvedAttributes? ResolvedAttributes(TrainingOutcome outcome) => null;

        /// <inheritdoc />
        public IEndpointModel LoadModel(string modelDirectory, IReadOnlyDictionary<string, string> environment)
        {
            var (model, contentColumn) = TextTraining.Load(modelDirectory);
            return new ClassificationEndpoint(
                RequestTypes,
                (body, contentType) => model.Predict(TextRequest.Read(body, contentType, contentColumn)),
                environment);
        }
    }
}
