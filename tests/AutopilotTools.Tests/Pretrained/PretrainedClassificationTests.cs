using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using AutopilotTools.Inference;
using AutopilotTools.Model;
using AutopilotTools.Model.Runtime;
using AutopilotTools.Tests.Local;
using Xunit;

namespace AutopilotTools.Tests.Pretrained
{
    /// <summary>
    /// Text and image classification from creation to predictions through the typed client, on a server that loaded
    /// the optional engine of pretrained encoders from out/AutopilotTools.Pretrained/ as a user's server would.
    /// </summary>
    [Collection(PretrainedCollection.Name)]
    public sealed class PretrainedClassificationTests
    {
        [Fact]
        public async Task TextClassificationTellsParaphrasesWithWordsNeverSeenInTraining()
        {
            await using TestLocalServer server = await TestLocalServer.StartWithPretrainedEngineAsync();
            await PretrainedJobs.PutAsync(server, "data", "texts/train.csv", Encoding.UTF8.GetBytes(TopicTexts.Csv(TopicTexts.Training())), "text/csv");

            DescribeAutoMLJobV2Response job = await PretrainedJobs.TrainAsync(server, PretrainedJobs.Text("topics", "s3://data/texts/", "review", "topic"));

            Assert.Equal(AutoMLProblemTypeConfigName.TextClassification, job.AutoMLProblemTypeConfigName);
            Assert.Equal(AutoMLMetricEnum.Accuracy, job.ResolvedAttributes!.AutoMLJobObjective!.MetricName);
            Assert.Equal((1, 86400, 2592000), (job.ResolvedAttributes.CompletionCriteria!.MaxCandidates, job.ResolvedAttributes.CompletionCriteria.MaxRuntimePerTrainingJobInSeconds, job.ResolvedAttributes.CompletionCriteria.MaxAutoMLJobRuntimeInSeconds));
            Assert.Null(job.ResolvedAttributes.AutoMLProblemTypeResolvedAttributes);
            Assert.Equal(AutoMLMetricEnum.Accuracy, job.BestCandidate!.FinalAutoMLJobObjectiveMetric!.MetricName);
            Assert.Single((await server.SageMaker().ListCandidatesForAutoMLJobAsync(new ListCandidatesForAutoMLJobRequest { AutoMLJobName = "topics" })).Candidates!);
            Assert.Contains(job.BestCandidate.CandidateProperties!.CandidateMetrics!, m => m.MetricName == AutoMLMetricExtendedEnum.F1macro);
            await PretrainedJobs.DeployAsync(server, job, "topics", "predicted_label", "probability", "probabilities", "labels");

            List<(string Text, string Label)> test = TopicTexts.Test();
            string csv = string.Concat(test.Select(t => "\"" + t.Text.Replace("\"", "\"\"") + "\"\n"));
            InvokeEndpointOutput answer = await PretrainedJobs.InvokeAsync(server, "topics", Encoding.UTF8.GetBytes(csv), "text/csv");

            List<Prediction> predictions = PredictionReader.Read(Encoding.UTF8.GetString(answer.Body!), answer.ContentType, new[] { "predicted_label", "probability", "probabilities", "labels" });
            Assert.Equal(test.Count, predictions.Count);
            double accuracy = predictions.Zip(test, (p, t) => p.PredictedLabel == t.Label ? 1.0 : 0.0).Average();
            Assert.True(accuracy >= TopicTexts.Chance + 0.3, $"accuracy {accuracy:0.###} on unseen paraphrases, chance {TopicTexts.Chance:0.###} (candidate {job.BestCandidate.CandidateName})");
            Assert.All(predictions, p => Assert.Equal(TopicTexts.Labels, p.Labels));
        }

        [Fact]
        public async Task TextEndpointsReadJsonInstancesAndListsOfStrings()
        {
            await using TestLocalServer server = await TestLocalServer.StartWithPretrainedEngineAsync();
            await PretrainedJobs.PutAsync(server, "data", "texts/train.csv", Encoding.UTF8.GetBytes(TopicTexts.Csv(TopicTexts.Training())), "text/csv");
            DescribeAutoMLJobV2Response job = await PretrainedJobs.TrainAsync(server, PretrainedJobs.Text("topics-json", "s3://data/texts/", "review", "topic"));
            await PretrainedJobs.DeployAsync(server, job, "topics-json", "predicted_label", "probability");

            InvokeEndpointOutput instances = await PretrainedJobs.InvokeAsync(server, "topics-json",
                Encoding.UTF8.GetBytes("{\"instances\": [{\"review\": \"I saw a dog yesterday.\"}, {\"review\": \"There is a bus near the house.\"}]}"), "application/json", "application/json");
            InvokeEndpointOutput list = await PretrainedJobs.InvokeAsync(server, "topics-json", Encoding.UTF8.GetBytes("[\"We looked at a picture of a pizza.\"]"), "application/json", "text/csv");

            using JsonDocument document = JsonDocument.Parse(instances.Body!);
            string[] labels = document.RootElement.GetProperty("predictions").EnumerateArray().Select(p => p.GetProperty("predicted_label").GetString()!).ToArray();
            Assert.Equal(new[] { "animal", "vehicle" }, labels);
            Assert.StartsWith("food,", Encoding.UTF8.GetString(list.Body!));
        }

        [Fact]
        public async Task ImageClassificationFromLabelFoldersAndFromAnAugmentedManifest()
        {
            await using TestLocalServer server = await TestLocalServer.StartWithPretrainedEngineAsync();
            var manifest = new StringBuilder();
            foreach (var (name, png, label) in ShapeImages.Make(perLabel: 12, seed: 1))
            {
                await PretrainedJobs.PutAsync(server, "data", $"shapes/{label}/{name}", png, "image/png");
                manifest.Append($"{{\"source-ref\": \"s3://data/shapes/{label}/{name}\", \"shape-metadata\": {{\"class-name\": \"{label}\"}}}}\n");
            }

            await PretrainedJobs.PutAsync(server, "data", "manifests/shapes.jsonl", Encoding.UTF8.GetBytes(manifest.ToString()), "application/jsonlines");

            DescribeAutoMLJobV2Response folders = await PretrainedJobs.TrainAsync(server, PretrainedJobs.Image("shapes", "s3://data/shapes/", AutoMLS3DataType.S3Prefix));
            DescribeAutoMLJobV2Response augmented = await PretrainedJobs.TrainAsync(server, PretrainedJobs.Image("shapes-manifest", "s3://data/manifests/shapes.jsonl", AutoMLS3DataType.AugmentedManifestFile));
            await PretrainedJobs.DeployAsync(server, folders, "shapes", "predicted_label", "probability", "labels");
            await PretrainedJobs.DeployAsync(server, augmented, "shapes-manifest");

            var test = ShapeImages.Make(perLabel: 6, seed: 99);
            var correct = new List<bool>();
            foreach (var (name, png, label) in test)
            {
                string contentType = correct.Count % 2 == 0 ? "image/png" : "application/x-image";
                InvokeEndpointOutput answer = await PretrainedJobs.InvokeAsync(server, "shapes", png, contentType);
                Prediction prediction = PredictionReader.Read(Encoding.UTF8.GetString(answer.Body!), answer.ContentType, new[] { "predicted_label", "probability", "labels" }).Single();
                Assert.Equal(ShapeImages.Labels, prediction.Labels);
                correct.Add(prediction.PredictedLabel == label);
            }

            InvokeEndpointOutput fromManifest = await PretrainedJobs.InvokeAsync(server, "shapes-manifest", test[0].Png, "image/png");
            double accuracy = correct.Average(c => c ? 1.0 : 0.0);
            Assert.True(accuracy >= 1.0 / 3 + 0.25, $"accuracy {accuracy:0.###} on new shapes, chance 0.333");
            Assert.Contains(Encoding.UTF8.GetString(fromManifest.Body!).Trim(), ShapeImages.Labels);
            Assert.Equal(AutoMLProblemTypeConfigName.ImageClassification, augmented.AutoMLProblemTypeConfigName);
        }
    }
}
