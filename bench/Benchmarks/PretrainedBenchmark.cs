using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AutopilotTools.Bench.Harness;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Model;
using AutopilotTools.Tests.Pretrained;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace AutopilotTools.Bench.Benchmarks
{
    /// <summary>
    /// 9. The optional engine of pretrained encoders (out/AutopilotTools.Pretrained/, loaded as the server loads it) on
    /// generated data of known difficulty. Text: three topics told by one noun, trained on 150 sentences, tested on 48
    /// paraphrases whose nouns and sentences never occur in training; the job's one candidate against a bag of words
    /// (ML.NET FeaturizeText + L-BFGS logistic regression trained directly on the same rows) and chance. Images: a
    /// circle, square or triangle of random size, place and colour, 20 per shape, tested on 30 new ones, against
    /// chance. Each with the job's wall time (encoder loading included on the first job of the process).
    /// </summary>
    internal sealed class PretrainedBenchmark : IBenchmark
    {
        public int Number => 10;

        public string Title => "pretrained encoders: text and image classification against bag of words and chance";

        public async Task<IReadOnlyList<ResultRow>> RunAsync(bool quick)
        {
            string engines = Path.Combine(BenchPaths.RepoRoot, "out", "AutopilotTools.Pretrained");
            var registry = new ProblemTypeRegistry();
            if (!EngineAssemblies.LoadInto(registry, engines).Contains(AutoMLProblemTypeConfigName.TextClassification))
            {
                throw new InvalidOperationException($"The engine of pretrained encoders is not built in {engines}: build the solution first.");
            }

            using var directory = new TempDirectory("pretrained");
            var rows = new List<ResultRow>();

            List<(string Text, string Label)> training = TopicTexts.Training(), test = TopicTexts.Test();
            string csv = directory.File("texts.csv");
            File.WriteAllText(csv, TopicTexts.Csv(training));
            var text = await TrainAsync(registry, AutoMLProblemTypeConfigName.TextClassification, new[] { csv }, directory.File("text-job"),
                new AutoMLProblemTypeConfig { TextClassificationJobConfig = new TextClassificationJobConfig { ContentColumn = "review", TargetLabelColumn = "topic" } });
            string body = string.Concat(test.Select(t => "\"" + t.Text + "\"\n"));
            string[] answers = Encoding.UTF8.GetString(text.Model.Invoke(Encoding.UTF8.GetBytes(body), "text/csv", "text/csv")).Trim().Split('\n');
            double textAccuracy = answers.Zip(test, (a, t) => a == t.Label ? 1.0 : 0.0).Average();
            double bagOfWords = BagOfWordsAccuracy(training, test);
            Log.Info("  " + string.Join(" ", text.Outcome.Notes));
            rows.Add(new ResultRow(9, $"Text: the job's candidate ({text.Outcome.BestCandidate!.Algorithm}), accuracy on {test.Count} paraphrases with unseen words", Figure.Score(textAccuracy),
                "bag of words (FeaturizeText + logistic regression), same rows", Figure.Score(bagOfWords)));
            rows.Add(new ResultRow(9, "↳ the same accuracy", Figure.Score(textAccuracy), "chance (3 balanced topics)", Figure.Score(TopicTexts.Chance)));
            rows.Add(new ResultRow(9, $"Text: job wall time, {training.Count} texts (MiniLM load, 4 models compared)", Figure.Sec(text.Seconds)));

            var images = new List<string>();
            foreach (var (name, png, label) in ShapeImages.Make(perLabel: quick ? 8 : 20, seed: 1))
            {
                string path = Path.Combine(directory.File("shapes"), label, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, png);
                images.Add(path);
            }

            var image = await TrainAsync(registry, AutoMLProblemTypeConfigName.ImageClassification, images, directory.File("image-job"),
                new AutoMLProblemTypeConfig { ImageClassificationJobConfig = new ImageClassificationJobConfig() });
            var testImages = ShapeImages.Make(perLabel: 10, seed: 99);
            double imageAccuracy = testImages.Average(t => Encoding.UTF8.GetString(image.Model.Invoke(t.Png, "image/png", "text/csv")).Trim() == t.Label ? 1.0 : 0.0);
            Log.Info("  " + string.Join(" ", image.Outcome.Notes));
            rows.Add(new ResultRow(9, $"Images: the job's candidate ({image.Outcome.BestCandidate!.Algorithm}), accuracy on {testImages.Count} new shapes", Figure.Score(imageAccuracy),
                "chance (3 balanced shapes)", Figure.Score(1.0 / 3)));
            rows.Add(new ResultRow(9, $"Images: job wall time, {images.Count} images (ResNet18 load and featurization, 2 heads)", Figure.Sec(image.Seconds)));
            return rows;
        }

        private static async Task<(TrainingOutcome Outcome, IEndpointModel Model, double Seconds)> TrainAsync(
            ProblemTypeRegistry registry, string configName, IReadOnlyList<string> paths, string output, AutoMLProblemTypeConfig config)
        {
            IProblemType problemType = registry.Find(configName)!;
            var request = new DescribeAutoMLJobV2Response { AutoMLJobName = "bench", AutoMLProblemTypeConfigName = configName, AutoMLProblemTypeConfig = config };
            var clock = Stopwatch.StartNew();
            TrainingOutcome outcome = await problemType.TrainAsync(new JobInput { Request = request, TrainingPaths = paths, OutputDirectory = output }, null, default);
            double seconds = clock.Elapsed.TotalSeconds;
            IEndpointModel model = problemType.LoadModel(outcome.BestCandidate!.ModelDirectory!, problemType.InferenceEnvironment(new ResolvedObjective("Accuracy", "Maximize", configName)));
            return (outcome, model, seconds);
        }

        /// <summary>The baseline, trained here and not by the engine: FeaturizeText and L-BFGS logistic regression with ML.NET's defaults.</summary>
        private static double BagOfWordsAccuracy(List<(string Text, string Label)> training, List<(string Text, string Label)> test)
        {
            var ml = new MLContext(seed: 1);
            IDataView data = ml.Data.LoadFromEnumerable(training.Select(t => new Row { Text = t.Text, Label = t.Label }).ToList());
            var pipeline = ml.Transforms.Conversion.MapValueToKey("Key", nameof(Row.Label))
                .Append(ml.Transforms.Text.FeaturizeText("Features", nameof(Row.Text)))
                .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy("Key", "Features"))
                .Append(ml.Transforms.Conversion.MapKeyToValue("Predicted", "PredictedLabel"));
            IDataView scored = pipeline.Fit(data).Transform(ml.Data.LoadFromEnumerable(test.Select(t => new Row { Text = t.Text, Label = t.Label }).ToList()));
            return scored.GetColumn<string>("Predicted").Zip(test, (p, t) => p == t.Label ? 1.0 : 0.0).Average();
        }

        private sealed class Row
        {
            public string Text { get; set; } = "";

            public string Label { get; set; } = "";
        }
    }
}
