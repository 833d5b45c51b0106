using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using AutopilotTools.Local.AutoML.Responses;
using AutopilotTools.Catalog;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Tabular.Inference
{
    /// <summary>
    /// A tabular candidate answering InvokeEndpoint. Requests are text/csv (rows without header, training column
    /// order) or application/json; answers are text/csv (one line per row, list keys as "[…]") or application/json
    /// (<c>{"predictions": [{…}]}</c>), with the keys SAGEMAKER_INFERENCE_OUTPUT chose, as Autopilot's containers answer.
    /// </summary>
    internal sealed class TabularEndpointModel : IEndpointModel
    {
        private readonly TabularPredictor _predictor;
        private readonly IReadOnlyList<string> _keys;

        private TabularEndpointModel(TabularPredictor predictor, IReadOnlyList<string> keys, string defaultAccept)
        {
            _predictor = predictor;
            _keys = keys;
            AcceptTypes = defaultAccept == InferenceResponseFormatter.ApplicationJson
                ? new[] { InferenceResponseFormatter.ApplicationJson, InferenceResponseFormatter.TextCsv }
                : new[] { InferenceResponseFormatter.TextCsv, InferenceResponseFormatter.ApplicationJson };
        }

        public IReadOnlyList<string> ContentTypes { get; } = new[] { InferenceResponseFormatter.TextCsv, InferenceResponseFormatter.ApplicationJson };

        public IReadOnlyList<string> AcceptTypes { get; }

        /// <exception cref="ModelConfigurationException">SAGEMAKER_INFERENCE_OUTPUT asks for keys this model does not answer.</exception>
        public static TabularEndpointModel Load(string directory, IReadOnlyDictionary<string, string> environment)
        {
            TabularPredictor predictor = TabularPredictor.Load(directory);
            IReadOnlyList<string> keys = InferenceResponseFormatter.ParseKeys(environment.GetValueOrDefault(ContainerEnvironment.OutputKeys));
            // Classification takes any of its supported keys; regression answers its value, which predicted_label also names.
            IReadOnlyList<string> supported = predictor.ProblemType == ProblemType.Regression
                ? new[] { InferenceResponseKeys.PredictedLabel }
                : predictor.SupportedResponseKeys;
            var unsupported = keys.Where(k => !supported.Contains(k)).ToList();
            if (unsupported.Count > 0)
            {
                throw new ModelConfigurationException($"{ContainerEnvironment.OutputKeys} asks for {string.Join(", ", unsupported)}, which a {predictor.ProblemType} model does not answer; it answers {string.Join(", ", supported)}.");
            }

            return new TabularEndpointModel(predictor, keys, environment.GetValueOrDefault(ContainerEnvironment.DefaultAccept) ?? InferenceResponseFormatter.TextCsv);
        }

        public byte[] Invoke(ReadOnlyMemory<byte> body, string contentType, string accept)
        {
            IReadOnlyList<Prediction> predictions = _predictor.Predict(Encoding.UTF8.GetString(body.Span), contentType);
            if (predictions.Count == 0)
            {
                throw new FormatException("The request has no rows to predict.");
            }

            string answer = _predictor.ProblemType == ProblemType.Regression && _keys.Count > 0
                ? RegressionWithKeys(predictions, accept)
                : InferenceResponseFormatter.Format(predictions, _keys, accept);
            return Encoding.UTF8.GetBytes(answer);
        }

        /// <summary>A regression candidate answers its value; asked for predicted_label, it names it so.</summary>
        private static string RegressionWithKeys(IReadOnlyList<Prediction> predictions, string accept)
        {
            if (accept == InferenceResponseFormatter.TextCsv)
            {
                return string.Concat(predictions.Select(p => p.PredictedLabel + "\n"));
            }

            var rows = new JsonArray(predictions.Select(p => (JsonNode?)new JsonObject { [InferenceResponseKeys.PredictedLabel] = p.Value }).ToArray());
            return new JsonObject { ["predictions"] = rows }.ToJsonString();
        }
    }
}
