using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Local.Pretrained.Classification;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Pretrained.ImageClassification
{
    /// <summary>
    /// Image classification jobs (<c>ImageClassificationJobConfig</c>): images in one folder per label, or an
    /// augmented manifest, in; one candidate out, ResNet18 features with a trained head.
    /// </summary>
    public sealed class ImageClassificationProblemType : IProblemType
    {
        private static readonly string[] ChannelTypes = { "image/png", "image/jpeg", "image/*" };

        /// <inheritdoc />
        public string ConfigName => AutoMLProblemTypeConfigName.ImageClassification;

        /// <inheritdoc />
        public IReadOnlyList<string> Check(DescribeAutoMLJobV2Response request)
        {
            var problems = new List<string>();
            foreach (AutoMLJobChannel channel in request.AutoMLJobInputDataConfig ?? new List<AutoMLJobChannel>())
            {
                string? contentType = channel.ContentType?.Split(';')[0].Trim();
                if (contentType != null && !ChannelTypes.Contains(contentType, StringComparer.OrdinalIgnoreCase))
                {
                    problems.Add($"{channel.ContentType} data for image classification (it reads {string.Join(", ", ChannelTypes)})");
                }
            }

            return TrainingChannels.Unsupported(problems);
        }

        /// <inheritdoc />
        public Task<TrainingOutcome> TrainAsync(JobInput input, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken) =>
            Task.Run(() => ImageTraining.RunAsync(input, progress, cancellationToken), cancellationToken);

        /// <inheritdoc />
        public IReadOnlyDictionary<string, string> InferenceEnvironment(ResolvedObjective objective) => ClassificationEndpoint.Environment();

        /// <inheritdoc />
        public AutoMLProblemTypeResolvedAttributes? ResolvedAttributes(TrainingOutcome outcome) => null;

        /// <inheritdoc />
        public IEndpointModel LoadModel(string modelDirectory, IReadOnlyDictionary<string, string> environment)
        {
            ClassifierModel<string> model = ImageTraining.Load(modelDirectory);
            return new ClassificationEndpoint(ImageRequest.ContentTypes, (body, _) => ImageRequest.Predict(model, body), environment);
        }
    }
}
