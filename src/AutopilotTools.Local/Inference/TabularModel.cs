using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML.Inference;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Inference
{
    /// <summary>
    /// A candidate loaded for an endpoint. Requests are text/csv (rows without header, training column order) or
    /// application/json; answers are text/csv (one line per row, list keys as "[…]") or application/json
    /// (<c>{"predictions": [{…}]}</c>), with the keys SAGEMAKER_INFERENCE_OUTPUT chose, as Autopilot's containers answer.
    /// Errors are the container's: 415 for a content type it does not read, 406 for an accept type it does not write,
    /// 400 for rows it cannot read.
    /// </summary>
    internal sealed class TabularModel : ILoadedModel
    {
        private readonly TabularPredictor _predictor;
        private readonly IReadOnlyList<string> _keys;
        private readonly string _defaultAccept;
        private readonly string _directory;

        public TabularModel(TabularPredictor predictor, IReadOnlyList<string> keys, string defaultAccept, string directory)
        {
            _predictor = predictor;
            _keys = keys;
            _defaultAccept = defaultAccept;
            _directory = directory;
        }

        public Task<InvocationResult> InvokeAsync(InvocationRequest request, CancellationToken cancellationToken)
        {
            string contentType = MediaType(request.ContentType) ?? InferenceResponseFormatter.TextCsv;
            if (!IsCsvOrJson(contentType))
            {
                throw new ModelInvocationException(415, $"Content type {request.ContentType} is not supported by this model; send text/csv or application/json.");
            }

            string accept = Accept(request.Accept)
                ?? throw new ModelInvocationException(406, $"Accept type {request.Accept} is not supported by this model; ask for text/csv or application/json.");
            IReadOnlyList<TabularPrediction> predictions;
            try
            {
                predictions = _predictor.Predict(Encoding.UTF8.GetString(request.Body.Span), contentType);
            }
            catch (FormatException error)
            {
                throw new ModelInvocationException(400, error.Message, error);
            }

            if (predictions.Count == 0)
            {
                throw new ModelInvocationException(400, "The request has no rows to predict.");
            }

            string body = _predictor.ProblemType == ProblemType.Regression && _keys.Count > 0
                ? RegressionWithKeys(predictions, accept)
                : InferenceResponseFormatter.Format(predictions, _keys, accept);
            return Task.FromResult(new InvocationResult(Encoding.UTF8.GetBytes(body), accept));
        }

        public void Dispose() => DeleteQuietly(_directory);

        /// <summary>Removes an unpacked model; a file still open elsewhere only leaves it for the next start's sweep.</summary>
        internal static void DeleteQuietly(string directory)
        {
            try
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        /// <summary>The first of the accepted types this model writes; none or */* means the model's default.</summary>
        private string? Accept(string? header)
        {
            if (string.IsNullOrWhiteSpace(header))
            {
                return _defaultAccept;
            }

            foreach (string part in header.Split(','))
            {
                string? type = MediaType(part);
                if (type == "*/*")
                {
                    return _defaultAccept;
                }

                if (type != null && IsCsvOrJson(type))
                {
                    return type;
                }
            }

            return null;
        }

        private static string? MediaType(string? header)
        {
            string? type = header?.Split(';')[0].Trim().ToLowerInvariant();
            return string.IsNullOrEmpty(type) ? null : type;
        }

        private static bool IsCsvOrJson(string type) => type == InferenceResponseFormatter.TextCsv || type == InferenceResponseFormatter.ApplicationJson;

        /// <summary>A regression candidate answers its value; asked for predicted_label, it names it so.</summary>
        private static string RegressionWithKeys(IReadOnlyList<TabularPrediction> predictions, string accept)
        {
            if (accept == InferenceResponseFormatter.TextCsv)
            {
                return string.Concat(predictions.Select(p => p.PredictedLabel + "\n"));
            }

            var rows = new JsonArray(predictions.Select(p => (JsonNode?)new JsonObject { ["predicted_label"] = p.Value }).ToArray());
            return new JsonObject { ["predictions"] = rows }.ToJsonString();
        }
    }
}
