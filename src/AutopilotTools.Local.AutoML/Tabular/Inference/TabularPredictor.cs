using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AutopilotTools.Local.AutoML.Responses;
using AutopilotTools.Catalog;
using AutopilotTools.Local.AutoML.Tabular.Data;
using AutopilotTools.Local.AutoML.Tabular.Metrics;
using AutopilotTools.Local.AutoML.Tabular.Persistence;
using AutopilotTools.Local.AutoML.Tabular.Scoring;
using AutopilotTools.Model;
using Microsoft.ML;

namespace AutopilotTools.Local.AutoML.Tabular.Inference
{
    /// <summary>
    /// Predicts with a saved candidate (single model or ensemble) from raw rows: what a local endpoint's
    /// InvokeEndpoint runs. Rows are read exactly as in training (same missing-value spellings, same number parsing).
    /// Safe to use from several threads at once.
    /// </summary>
    public sealed class TabularPredictor
    {
        private readonly CandidateManifest _manifest;
        private readonly IReadOnlyList<FeatureColumn> _features;
        private readonly IFrameScorer _scorer;
        private readonly InferenceInput _input;

        private TabularPredictor(CandidateManifest manifest, IFrameScorer scorer)
        {
            _manifest = manifest;
            _features = manifest.Features();
            _scorer = scorer;
            _input = new InferenceInput(manifest.InputColumns, manifest.TargetAttributeName, manifest.SampleWeightAttributeName);
        }

        /// <summary>The candidate's name.</summary>
        public string CandidateName => _manifest.CandidateName;

        /// <summary>The Autopilot algorithm name, or <c>ensemble</c>.</summary>
        public string Algorithm => _manifest.Algorithm;

        /// <summary>BinaryClassification, MulticlassClassification or Regression.</summary>
        public string ProblemType => _manifest.ProblemType;

        /// <summary>The target column the model predicts.</summary>
        public string TargetAttributeName => _manifest.TargetAttributeName;

        /// <summary>Every training column but the target, in training order: what a CSV row holds, position by position.</summary>
        public IReadOnlyList<string> InputColumns => _manifest.InputColumns;

        /// <summary>The labels in probability order; empty for regression.</summary>
        public IReadOnlyList<string> Labels => _manifest.Labels;

        /// <summary>The response keys this model supports (SAGEMAKER_INFERENCE_SUPPORTED); empty for regression.</summary>
        public IReadOnlyList<string> SupportedResponseKeys => InferenceResponseKeys.SupportedFor(ProblemType);

        /// <summary>
        /// Loads a candidate from its model directory, its <c>candidate.json</c>, or (single models) its <c>model.zip</c>.
        /// </summary>
        /// <exception cref="FileNotFoundException">No candidate sidecar is there.</exception>
        /// <exception cref="InvalidDataException">The sidecar or model cannot be read.</exception>
        public static TabularPredictor Load(string path)
        {
            var manifestPath = Directory.Exists(path) ? Path.Combine(path, CandidateManifest.FileName)
                : string.Equals(Path.GetFileName(path), CandidateManifest.FileName, StringComparison.OrdinalIgnoreCase) ? path
                : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, CandidateManifest.FileName);
            if (!File.Exists(manifestPath))
                throw new FileNotFoundException($"No {CandidateManifest.FileName} at '{path}': load a candidate's model directory, its sidecar or its model.zip.", manifestPath);
            var manifest = CandidateManifest.Load(manifestPath);
            return new TabularPredictor(manifest, LoadScorer(manifest, Path.GetDirectoryName(Path.GetFullPath(manifestPath))!));
        }

        /// <summary>Predicts a <c>text/csv</c> body: rows without a header, columns in training order, no target.</summary>
        /// <exception cref="FormatException">A row is malformed or has the wrong number of values.</exception>
        public IReadOnlyList<Prediction> PredictCsv(string body) => Predict(_input.FromCsv(body));

        /// <summary>
        /// Predicts an <c>application/json</c> body: <c>{"instances": [...]}</c>, an array of rows, or one object of
        /// column values; rows are objects keyed by column name, positional arrays, or <c>{"features": [...]}</c>.
        /// </summary>
        /// <exception cref="FormatException">The JSON is malformed or names unknown columns.</exception>
        public IReadOnlyList<Prediction> PredictJson(string body) => Predict(_input.FromJson(body));

        /// <summary>Predicts a body by its content type (<c>text/csv</c> or <c>application/json</c>, parameters ignored).</summary>
        /// <exception cref="FormatException">The body is malformed, or the content type is not supported.</exception>
        public IReadOnlyList<Prediction> Predict(string body, string contentType)
        {
            var type = contentType.Split(';')[0].Trim();
            if (type.Equals(InferenceResponseFormatter.TextCsv, StringComparison.OrdinalIgnoreCase)) return PredictCsv(body);
            if (type.Equals(InferenceResponseFormatter.ApplicationJson, StringComparison.OrdinalIgnoreCase)) return PredictJson(body);
            throw new FormatException($"The content type '{contentType}' is not supported; send text/csv or application/json.");
        }

        /// <summary>Predicts rows given as column name → raw value (missing names count as missing values).</summary>
        public IReadOnlyList<Prediction> Predict(IReadOnlyList<IReadOnlyDictionary<string, string?>> rows)
        {
            if (rows.Count == 0) return Array.Empty<Prediction>();
            var frame = FeatureFrame.Build(_features, rows.Count, (f, r) => rows[r].TryGetValue(_features[f].Name, out var v) ? v : null);
            var scores = _scorer.Score(frame);
            var predictions = new List<Prediction>(rows.Count);
            for (int r = 0; r < rows.Count; r++) predictions.Add(ToPrediction(scores, r));
            return predictions;
        }

        private IReadOnlyList<Prediction> Predict(List<Dictionary<string, string?>> rows) =>
            Predict(rows.Select(r => (IReadOnlyDictionary<string, string?>)r).ToList());

        private Prediction ToPrediction(ScoreTable scores, int row)
        {
            if (scores.Values != null)
                return new Prediction(CellValues.Format(scores.Values[row]), null, null, null, scores.Values[row]);
            var probabilities = scores.Probabilities![row];
            int winner = scores.PredictedClass(row);
            double probability = _manifest.ProblemType == Model.ProblemType.BinaryClassification ? probabilities[1] : probabilities[winner];
            return new Prediction(_manifest.Labels[winner], probability, probabilities, _manifest.Labels, null);
        }

        private static IFrameScorer LoadScorer(CandidateManifest manifest, string directory)
        {
            if (manifest.Members is { Count: > 0 } members)
            {
                return new EnsembleScorer(members.Select(m =>
                {
                    var memberDirectory = Path.Combine(directory, m);
                    return LoadScorer(CandidateManifest.Load(Path.Combine(memberDirectory, CandidateManifest.FileName)), memberDirectory);
                }).ToList());
            }
            if (manifest.ModelFile is null)
                throw new InvalidDataException($"The sidecar of {manifest.CandidateName} names neither a model file nor ensemble members.");
            var context = new MLContext();
            ITransformer model;
            try
            {
                model = context.Model.Load(Path.Combine(directory, manifest.ModelFile), out _);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new InvalidDataException($"The model of {manifest.CandidateName} cannot be loaded: {e.Message}", e);
            }
            return new ModelScorer(model, manifest.ProblemType, manifest.Labels.Count);
        }
    }
}
