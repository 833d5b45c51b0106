using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using AutopilotTools.Local.AutoML.Responses;
using AutopilotTools.Local.AutoML.Tabular.Inference;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.LocalAutoML
{
    /// <summary>Saved candidates predict from raw CSV and JSON rows, and answer with the keys asked for.</summary>
    [Collection(LocalAutoMLCollection.Name)]
    public sealed class PredictorTests
    {
        private const string CsvRows =
            "7,30,50000,pro,city3,\"The app, great\",emea\n" +
            "8,,20000,basic,city999,,emea\n" +
            "9,66,91000.5,plus,city12,\"cancel, please\",emea\n";

        private static readonly string[] AllKeys = { "predicted_label", "probability", "probabilities", "labels" };

        private readonly BinaryJob _binary;
        private readonly MulticlassJob _multiclass;
        private readonly RegressionJob _regression;

        public PredictorTests(BinaryJob binary, MulticlassJob multiclass, RegressionJob regression)
        {
            _binary = binary;
            _multiclass = multiclass;
            _regression = regression;
        }

        private TabularPredictor Ensemble => TabularPredictor.Load(_binary.Outcome.Candidates.Single(c => c.Algorithm == "ensemble").ModelDirectory!);

        [Fact]
        public void A_binary_ensemble_predicts_csv_rows_with_labels_and_probabilities()
        {
            var predictor = Ensemble;
            Assert.Equal(ProblemType.BinaryClassification, predictor.ProblemType);
            Assert.Equal(new[] { "customer_id", "age", "income", "plan", "city", "feedback", "region" }, predictor.InputColumns);
            Assert.Equal(new[] { "no", "yes" }, predictor.Labels);
            Assert.Equal(AllKeys, predictor.SupportedResponseKeys);

            var predictions = predictor.PredictCsv(CsvRows);

            Assert.Equal(3, predictions.Count);
            Assert.All(predictions, p =>
            {
                Assert.Equal(new[] { "no", "yes" }, p.Labels);
                Assert.Equal(1.0, p.Probabilities!.Sum(), 6);
                Assert.Equal(p.Probabilities![1], p.Probability);
                Assert.Equal(p.Probability >= 0.5 ? "yes" : "no", p.PredictedLabel);
                Assert.Null(p.Value);
            });
            Assert.Equal("no", predictions[0].PredictedLabel);
            Assert.Equal("yes", predictions[1].PredictedLabel);
        }

        [Fact]
        public void Json_rows_by_name_by_position_and_as_features_predict_the_same_as_csv()
        {
            var predictor = Ensemble;
            var csv = predictor.PredictCsv(CsvRows);
            var json = predictor.PredictJson(
                "{\"instances\": [" +
                "{\"customer_id\": 7, \"age\": 30, \"income\": 50000, \"plan\": \"pro\", \"city\": \"city3\", \"feedback\": \"The app, great\", \"region\": \"emea\", \"churn\": \"ignored\"}," +
                "[8, null, 20000, \"basic\", \"city999\", \"\", \"emea\"]," +
                "{\"features\": [9, 66, 91000.5, \"plus\", \"city12\", \"cancel, please\", \"emea\"]}]}");
            Assert.Equal(csv.Select(p => p.Probabilities), json.Select(p => p.Probabilities));

            var bare = predictor.PredictJson("{\"age\": 30, \"plan\": \"pro\", \"income\": 50000, \"feedback\": \"The app, great\", \"city\": \"city3\"}");
            Assert.Equal(csv[0].Probability!.Value, bare.Single().Probability!.Value, 6);
            Assert.Equal(csv.Select(p => p.PredictedLabel), predictor.Predict(CsvRows, "text/csv; charset=utf-8").Select(p => p.PredictedLabel));
        }

        [Fact]
        public void Csv_responses_hold_the_keys_in_the_order_asked_with_lists_written_as_python_does()
        {
            var predictions = Ensemble.PredictCsv(CsvRows);

            var body = InferenceResponseFormatter.Format(predictions, new[] { "labels", "predicted_label", "probability", "probabilities" }, "text/csv");

            var lines = body.TrimEnd('\n').Split('\n');
            Assert.Equal(3, lines.Length);
            var p = predictions[0];
            Assert.Equal($"\"['no', 'yes']\",{p.PredictedLabel},{Format(p.Probability!.Value)},\"[{Format(p.Probabilities![0])}, {Format(p.Probabilities[1])}]\"", lines[0]);
            Assert.Equal("no\nyes\n" + predictions[2].PredictedLabel + "\n", InferenceResponseFormatter.Format(predictions, null, "text/csv"));
        }

        [Fact]
        public void Json_responses_hold_a_predictions_array_of_the_keys_asked()
        {
            var predictions = Ensemble.PredictCsv(CsvRows);

            using var body = JsonDocument.Parse(InferenceResponseFormatter.Format(predictions, InferenceResponseFormatter.ParseKeys("predicted_label, probabilities"), "application/json"));

            var rows = body.RootElement.GetProperty("predictions").EnumerateArray().ToList();
            Assert.Equal(3, rows.Count);
            Assert.Equal(new[] { "predicted_label", "probabilities" }, rows[0].EnumerateObject().Select(p => p.Name));
            Assert.Equal(predictions[1].PredictedLabel, rows[1].GetProperty("predicted_label").GetString());
            Assert.Equal(2, rows[1].GetProperty("probabilities").GetArrayLength());
            using var plain = JsonDocument.Parse(InferenceResponseFormatter.Format(predictions, Array.Empty<string>(), "application/json"));
            Assert.Equal(new[] { "predicted_label" }, plain.RootElement.GetProperty("predictions")[0].EnumerateObject().Select(p => p.Name));
        }

        [Fact]
        public void A_single_model_loads_from_its_zip_its_sidecar_or_its_directory()
        {
            var lightgbm = _binary.Outcome.Candidates.First(c => c.Algorithm == "lightgbm");
            var fromZip = TabularPredictor.Load(lightgbm.ModelPath!).PredictCsv(CsvRows);
            var fromSidecar = TabularPredictor.Load(Path.Combine(lightgbm.ModelDirectory!, "candidate.json")).PredictCsv(CsvRows);
            var fromDirectory = TabularPredictor.Load(lightgbm.ModelDirectory!);
            Assert.Equal(fromZip.Select(p => p.Probability), fromSidecar.Select(p => p.Probability));
            Assert.Equal(fromZip.Select(p => p.Probability), fromDirectory.PredictCsv(CsvRows).Select(p => p.Probability));
            Assert.Equal("lightgbm", fromDirectory.Algorithm);
            Assert.Equal(lightgbm.Name, fromDirectory.CandidateName);
        }

        [Fact]
        public void Multiclass_probability_is_the_winners_and_labels_keep_their_order()
        {
            var predictor = TabularPredictor.Load(_multiclass.Outcome.BestCandidate!.ModelDirectory!);
            var predictions = predictor.PredictCsv("1.4,5.1,blue,3\n5.6,3.0,white,\n3.5,4.0,purple,7\n");
            Assert.Equal(new[] { "setosa", "versicolor", "virginica" }, predictor.Labels);
            Assert.Equal(new[] { "setosa", "virginica", "versicolor" }, predictions.Select(p => p.PredictedLabel));
            Assert.All(predictions, p => Assert.Equal(p.Probabilities!.Max(), p.Probability));
        }

        [Fact]
        public void Regression_answers_the_value_and_supports_no_keys()
        {
            var predictor = TabularPredictor.Load(_regression.Outcome.BestCandidate!.ModelDirectory!);
            Assert.Empty(predictor.SupportedResponseKeys);
            var predictions = predictor.PredictCsv("5,2,C,0.5\n1,9,A,0.1\n");

            Assert.InRange(predictions[0].Value!.Value, 3 * 5 - 2 * 2 + 12 - 3, 3 * 5 - 2 * 2 + 12 + 3);
            Assert.InRange(predictions[1].Value!.Value, 3 - 18 - 3, 3 - 18 + 3);
            Assert.Null(predictions[0].Probability);
            var csv = InferenceResponseFormatter.Format(predictions, null, "text/csv").TrimEnd('\n').Split('\n');
            Assert.Equal(predictions[0].Value!.Value, double.Parse(csv[0], System.Globalization.CultureInfo.InvariantCulture), 6);
            using var json = JsonDocument.Parse(InferenceResponseFormatter.Format(predictions, null, "application/json"));
            Assert.Equal(predictions[1].Value!.Value, json.RootElement.GetProperty("predictions")[1].GetProperty("score").GetDouble(), 6);
            Assert.Throws<ArgumentException>(() => InferenceResponseFormatter.Format(predictions, new[] { "probability" }, "text/csv"));
        }

        [Fact]
        public void Bad_requests_are_refused_with_what_the_model_takes()
        {
            var predictor = Ensemble;
            var count = Assert.Throws<FormatException>(() => predictor.PredictCsv("1,2,3\n"));
            Assert.Contains("has 3 values; the model takes 7 (customer_id, age, income, plan, city, feedback, region)", count.Message);
            var key = Assert.Throws<FormatException>(() => predictor.PredictJson("{\"instances\": [{\"agee\": 3}]}"));
            Assert.Contains("the key 'agee', which is not a column of the model", key.Message);
            Assert.Throws<FormatException>(() => predictor.PredictJson("{not json"));
            Assert.Throws<FormatException>(() => predictor.Predict("a,b", "application/x-parquet"));
            var unknown = Assert.Throws<ArgumentException>(() => InferenceResponseFormatter.Format(predictor.PredictCsv(CsvRows), new[] { "predicted_label", "score" }, "text/csv"));
            Assert.Contains("Unsupported inference response keys: score", unknown.Message);
            Assert.Throws<ArgumentException>(() => InferenceResponseFormatter.Format(predictor.PredictCsv(CsvRows), null, "text/html"));
            Assert.Throws<FileNotFoundException>(() => TabularPredictor.Load(_binary.Directory.Combine("nothing-here")));
        }

        private static string Format(double value) => Math.Round(value, 8).ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    }
}
