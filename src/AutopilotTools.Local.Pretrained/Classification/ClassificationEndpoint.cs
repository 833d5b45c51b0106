using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AutopilotTools.Catalog;
using AutopilotTools.Local.AutoML.Responses;
using AutopilotTools.Local.AutoML.Problems;

namespace AutopilotTools.Local.Pretrained.Classification
{
    /// <summary>
    /// A text or image classification candidate answering InvokeEndpoint: the request read by the problem type, the
    /// answer written as the tabular containers write theirs (<c>text/csv</c> lines or <c>{"predictions": […]}</c>)
    /// with the keys SAGEMAKER_INFERENCE_OUTPUT chose (<c>predicted_label</c> alone by default).
    /// </summary>
    internal sealed class ClassificationEndpoint : IEndpointModel
    {
        private readonly Func<ReadOnlyMemory<byte>, string, IReadOnlyList<Prediction>> _predict;
        private readonly IReadOnlyList<string> _keys;

        /// <exception cref="ModelConfigurationException">SAGEMAKER_INFERENCE_OUTPUT names a key a classifier does not answer.</exception>
        public ClassificationEndpoint(
            IReadOnlyList<string> contentTypes,
            Func<ReadOnlyMemory<byte>, string, IReadOnlyList<Prediction>> predict,
            IReadOnlyDictionary<string, string> environment)
        {
            ContentTypes = contentTypes;
            _predict = predict;
            _keys = InferenceResponseFormatter.ParseKeys(environment.GetValueOrDefault(ContainerEnvironment.OutputKeys));
            var unsupported = _keys.Where(k => !InferenceResponseKeys.Classification.Contains(k)).ToList();
            if (unsupported.Count > 0)
            {
                throw new ModelConfigurationException($"{ContainerEnvironment.OutputKeys} asks for {string.Join(", ", unsupported)}, which a classifier does not answer; it answers {string.Join(", ", InferenceResponseKeys.Classification)}.");
            }

            AcceptTypes = environment.GetValueOrDefault(ContainerEnvironment.DefaultAccept) == InferenceResponseFormatter.ApplicationJson
                ? new[] { InferenceResponseFormatter.ApplicationJson, InferenceResponseFormatter.TextCsv }
                : new[] { InferenceResponseFormatter.TextCsv, InferenceResponseFormatter.ApplicationJson };
        }

        public IReadOnlyList<string> ContentTypes { get; }

        public IReadOnlyList<string> AcceptTypes { get; }

        /// <summary>The environment a completed candidate's container carries: every classification key supported, predicted_label answered.</summary>
        public static IReadOnlyDictionary<string, string> Environment() => new Dictionary<string, string>
        {
            [ContainerEnvironment.SupportedKeys] = string.Join(",", InferenceResponseKeys.Classification),
            [ContainerEnvironment.OutputKeys] = InferenceResponseKeys.PredictedLabel,
            [ContainerEnvironment.DefaultAccept] = InferenceResponseFormatter.TextCsv,
        };

        public byte[] Invoke(ReadOnlyMemory<byte> body, string contentType, string accept)
        {
            IReadOnlyList<Prediction> predictions = _predict(body, contentType);
            if (predictions.Count == 0)
            {
                throw new FormatException("The request has nothing to classify.");
            }

            return Encoding.UTF8.GetBytes(InferenceResponseFormatter.Format(predictions, _keys, accept));
        }
    }
}
