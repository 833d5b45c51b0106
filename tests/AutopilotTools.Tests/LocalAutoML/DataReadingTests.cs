using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Tabular;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.LocalAutoML
{
    /// <summary>How raw files are read and what the target's values make of the problem type.</summary>
    [Collection(LocalAutoMLCollection.Name)]
    public sealed class DataReadingTests : IDisposable
    {
        private readonly TempDirectory _directory = new TempDirectory();

        public void Dispose() => _directory.Dispose();

        // One quick candidate: reading, inference and reports are what these tests look at.
        private Task<TrainingOutcome> Run(string[] training, string target, string[]? validation = null) => TabularAutoML.RunAsync(new TabularJobSpec
        {
            TrainingPaths = training,
            ValidationPaths = validation ?? Array.Empty<string>(),
            TargetAttributeName = target,
            Mode = AutoMLMode.ENSEMBLING,
            Algorithms = new[] { AutoMLAlgorithm.LinearLearner },
            OutputDirectory = _directory.Combine(Guid.NewGuid().ToString("N")),
        });

        private string File(string name, string content, bool bom = false)
        {
            var path = _directory.Combine(name);
            System.IO.File.WriteAllText(path, content, new UTF8Encoding(bom));
            return path;
        }

        [Theory]
        [InlineData("0/1", TargetKind.ZeroOne, ProblemType.BinaryClassification, AutoMLMetricEnum.F1)]
        [InlineData("strings", TargetKind.ThreeStrings, ProblemType.MulticlassClassification, AutoMLMetricEnum.Accuracy)]
        [InlineData("few integers", TargetKind.FewIntegers, ProblemType.MulticlassClassification, AutoMLMetricEnum.Accuracy)]
        [InlineData("many integers", TargetKind.ManyIntegers, ProblemType.Regression, AutoMLMetricEnum.MSE)]
        [InlineData("decimals", TargetKind.Decimals, ProblemType.Regression, AutoMLMetricEnum.MSE)]
        public async Task The_problem_type_is_inferred_from_the_targets_values(string _, TargetKind kind, string problemType, string objective)
        {
            var random = new Random(7);
            var rows = Enumerable.Range(0, 200).Select(i =>
            {
                double x = random.NextDouble() * 10;
                string y = kind switch
                {
                    TargetKind.ZeroOne => x > 5 ? "1" : "0",
                    TargetKind.ThreeStrings => x < 3 ? "low" : x < 6 ? "mid" : "high",
                    TargetKind.FewIntegers => ((int)(x / 2.5)).ToString(),
                    TargetKind.ManyIntegers => ((int)(x * 100)).ToString(),
                    _ => (x * 1.5).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
                };
                return $"{x.ToString(System.Globalization.CultureInfo.InvariantCulture)},{y}";
            });
            var outcome = await Run(new[] { File(kind + ".csv", "x,y\n" + string.Join("\n", rows)) }, "y");

            Assert.Equal(problemType, outcome.ProblemType);
            Assert.Equal(objective, outcome.ObjectiveMetric);
            Assert.Equal(AutoMLJobSecondaryStatus.Completed, outcome.SecondaryStatus);
            Assert.Equal(CandidateStatus.Completed, outcome.BestCandidate?.Status);
        }

        public enum TargetKind { ZeroOne, ThreeStrings, FewIntegers, ManyIntegers, Decimals }

        [Fact]
        public async Task Quoted_fields_commas_newlines_doubled_quotes_CRLF_a_BOM_and_blanks_are_read_as_CSV_means()
        {
            var text = new StringBuilder("score,comment,kind,label\r\n");
            for (int i = 0; i < 60; i++)
            {
                var comment = i % 3 == 0 ? "\"said \"\"hi\"\", then left,\r\nfor good\"" : "\"fine, thanks\"";
                var score = i % 10 == 0 ? "" : (i % 7).ToString();
                text.Append($"{score},{comment},{(i % 2 == 0 ? "a" : "b")},{(i % 2 == 0 ? "x" : "y")}\r\n");
            }
            text.Append("\r\n\r\n");
            var outcome = await Run(new[] { File("quirks.csv", text.ToString(), bom: true) }, "label");

            using var report = JsonDocument.Parse(System.IO.File.ReadAllText(outcome.DataExplorationReport.JsonPath));
            Assert.Equal(60, report.RootElement.GetProperty("dataset").GetProperty("rowsRead").GetInt32());
            var columns = report.RootElement.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
            Assert.Equal(new[] { "score", "comment", "kind" }, columns.Keys);
            Assert.Equal("Numeric", columns["score"].GetProperty("kind").GetString());
            Assert.Equal(6, columns["score"].GetProperty("missing").GetInt32());
            Assert.Equal(2, columns["comment"].GetProperty("distinct").GetInt32());
            var top = columns["comment"].GetProperty("topValues").EnumerateArray().Select(v => v.GetProperty("value").GetString()).ToList();
            Assert.Contains("said \"hi\", then left,\r\nfor good", top);
        }

        [Fact]
        public async Task Given_validation_files_replace_the_split()
        {
            var rows = SyntheticData.MulticlassRows(300, seed: 11);
            var outcome = await Run(
                new[] { SyntheticData.Write(_directory.Path, "train.csv", SyntheticData.MulticlassHeader, rows.Take(200)) },
                "species",
                new[] { SyntheticData.Write(_directory.Path, "valid.csv", SyntheticData.MulticlassHeader, rows.Skip(200)) });

            Assert.Equal(200, outcome.TrainingRows);
            Assert.Equal(100, outcome.ValidationRows);
            using var report = JsonDocument.Parse(System.IO.File.ReadAllText(outcome.DataExplorationReport.JsonPath));
            Assert.Equal("validation files", report.RootElement.GetProperty("dataset").GetProperty("validationSource").GetString());
        }

        [Fact]
        public async Task Training_files_must_share_one_header()
        {
            var error = await Assert.ThrowsAsync<AutoMLDataException>(() => Run(new[] { File("a.csv", "x,y\n1,a\n2,b\n"), File("b.csv", "y,x\na,1\n") }, "y"));
            Assert.Contains("every file of a channel must have the same columns in the same order", error.Message);
        }
    }
}
