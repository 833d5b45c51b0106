using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Tabular;
using AutopilotTools.Local.AutoML.Tabular.Inference;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.LocalAutoML
{
    /// <summary>Sample weights reach the trainer (and the metrics), are never a feature, and invalid ones drop their rows.</summary>
    [Collection(LocalAutoMLCollection.Name)]
    public sealed class SampleWeightTests : IDisposable
    {
        private readonly TempDirectory _directory = new TempDirectory();

        public void Dispose() => _directory.Dispose();

        [Fact]
        public async Task Weighting_one_class_up_shifts_the_models_probabilities_towards_it()
        {
            // The same rows twice: once unweighted, once with every "yes" row weighing 8 and ten rows without a weight.
            var rows = SyntheticData.BinaryRows(600, seed: 9);
            var weighted = rows.Select((r, i) => r.Append(i < 10 ? "" : r[^1] == "yes" ? "8" : "1").ToArray()).ToList();
            var header = SyntheticData.BinaryHeader + ",weight";

            var plain = await Train(SyntheticData.Write(_directory.Path, "plain.csv", header, rows.Select(r => r.Append("1").ToArray())), "plain");
            var heavy = await Train(SyntheticData.Write(_directory.Path, "heavy.csv", header, weighted), "heavy");

            // Fresh rows in training order without the target; the weight column may be left out.
            var probe = string.Join("\n", SyntheticData.BinaryRows(200, seed: 99).Select(r => string.Join(",", r.Take(r.Length - 1).Select(SyntheticData.Quote))));
            double MeanYes(TrainingOutcome o) => TabularPredictor.Load(o.BestCandidate!.ModelDirectory!).PredictCsv(probe).Average(p => p.Probability!.Value);
            double plainYes = MeanYes(plain), heavyYes = MeanYes(heavy);
            Assert.True(heavyYes > plainYes + 0.07, $"mean P(yes) on fresh rows: weighted {heavyYes}, unweighted {plainYes}");

            using var report = JsonDocument.Parse(File.ReadAllText(heavy.DataExplorationReport.JsonPath));
            Assert.Equal(10, report.RootElement.GetProperty("dataset").GetProperty("droppedRowsInvalidWeight").GetInt32());
            Assert.DoesNotContain(report.RootElement.GetProperty("columns").EnumerateArray(), c => c.GetProperty("name").GetString() == "weight");
            using var sidecar = JsonDocument.Parse(File.ReadAllText(Path.Combine(heavy.BestCandidate!.ModelDirectory!, "candidate.json")));
            Assert.DoesNotContain(sidecar.RootElement.GetProperty("featureColumns").EnumerateArray(), c => c.GetProperty("name").GetString() == "weight");
            Assert.Equal("weight", sidecar.RootElement.GetProperty("sampleWeightAttributeName").GetString());
        }

        private Task<TrainingOutcome> Train(string path, string name) => TabularAutoML.RunAsync(new TabularJobSpec
        {
            TrainingPaths = new[] { path },
            TargetAttributeName = "churn",
            SampleWeightAttributeName = "weight",
            Mode = AutoMLMode.ENSEMBLING,
            Algorithms = new[] { AutoMLAlgorithm.LinearLearner },
            OutputDirectory = _directory.Combine(name),
        });
    }
}
