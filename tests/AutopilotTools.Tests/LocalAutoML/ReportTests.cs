using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace AutopilotTools.Tests.LocalAutoML
{
    /// <summary>The data exploration and model insights reports: valid JSON with the analysis, and self-contained HTML.</summary>
    [Collection(LocalAutoMLCollection.Name)]
    public sealed class ReportTests
    {
        private readonly BinaryJob _binary;
        private readonly MulticlassJob _multiclass;
        private readonly RegressionJob _regression;

        public ReportTests(BinaryJob binary, MulticlassJob multiclass, RegressionJob regression)
        {
            _binary = binary;
            _multiclass = multiclass;
            _regression = regression;
        }

        [Fact]
        public void Data_exploration_says_what_each_column_was_taken_for_and_what_was_done_with_it()
        {
            using var report = JsonDocument.Parse(File.ReadAllText(_binary.Outcome.DataExplorationReport.JsonPath));
            var columns = report.RootElement.GetProperty("columns").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c);

            Assert.Equal("Identifier", columns["customer_id"].GetProperty("kind").GetString());
            Assert.True(columns["customer_id"].GetProperty("dropped").GetBoolean());
            Assert.Equal("Constant", columns["region"].GetProperty("kind").GetString());
            Assert.Equal("Numeric", columns["age"].GetProperty("kind").GetString());
            Assert.InRange(columns["age"].GetProperty("missing").GetInt32(), 60, 140);
            Assert.Contains("missing indicator", columns["age"].GetProperty("treatment").GetString());
            Assert.Equal("Categorical", columns["plan"].GetProperty("kind").GetString());
            Assert.Equal("HashedCategorical", columns["city"].GetProperty("kind").GetString());
            Assert.Equal("Text", columns["feedback"].GetProperty("kind").GetString());
            Assert.False(columns.ContainsKey("churn"));

            var target = report.RootElement.GetProperty("target");
            Assert.Equal("BinaryClassification", target.GetProperty("problemType").GetString());
            Assert.True(target.GetProperty("problemTypeInferred").GetBoolean());
            Assert.Equal(new[] { "no", "yes" }, target.GetProperty("classes").EnumerateArray().Select(c => c.GetProperty("label").GetString()));
            Assert.Equal(800, target.GetProperty("classes").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()));
        }

        [Fact]
        public void Model_insights_hold_the_best_candidates_metrics_confusion_matrix_and_feature_importance()
        {
            var outcome = _binary.Outcome;
            using var report = JsonDocument.Parse(File.ReadAllText(outcome.ModelInsightsReport!.JsonPath));
            var root = report.RootElement;

            Assert.Equal(outcome.BestCandidate!.Name, root.GetProperty("candidateName").GetString());
            Assert.Equal("F1", root.GetProperty("objective").GetProperty("metricName").GetString());
            Assert.Equal("Maximize", root.GetProperty("objective").GetProperty("type").GetString());
            Assert.Equal(outcome.BestCandidate.Metrics["AUC"], root.GetProperty("metrics").GetProperty("AUC").GetDouble());
            var counts = root.GetProperty("confusionMatrix").GetProperty("counts");
            Assert.Equal(2, counts.GetArrayLength());
            Assert.Equal(outcome.ValidationRows, counts.EnumerateArray().SelectMany(r => r.EnumerateArray()).Sum(v => v.GetInt32()));
            var importance = root.GetProperty("featureImportance").GetProperty("features").EnumerateArray().Select(f => f.GetProperty("feature").GetString()).ToList();
            Assert.Equal(new[] { "age", "city", "feedback", "income", "plan" }, importance.OrderBy(f => f));
            Assert.Contains(importance[0], new[] { "plan", "age" });
            Assert.Equal(outcome.Candidates.Count, root.GetProperty("leaderboard").GetArrayLength());
        }

        [Fact]
        public void Multiclass_insights_have_a_square_matrix_and_regression_insights_the_errors()
        {
            using var multiclass = JsonDocument.Parse(File.ReadAllText(_multiclass.Outcome.ModelInsightsReport!.JsonPath));
            Assert.Equal(3, multiclass.RootElement.GetProperty("confusionMatrix").GetProperty("counts").GetArrayLength());
            Assert.Equal(3, multiclass.RootElement.GetProperty("perClass").GetArrayLength());

            using var regression = JsonDocument.Parse(File.ReadAllText(_regression.Outcome.ModelInsightsReport!.JsonPath));
            Assert.True(regression.RootElement.GetProperty("residuals").GetProperty("absoluteErrorMedian").GetDouble() < 2);
            Assert.False(regression.RootElement.TryGetProperty("confusionMatrix", out _));
            var importance = regression.RootElement.GetProperty("featureImportance").GetProperty("features").EnumerateArray().ToList();
            Assert.Equal("noise", importance[^1].GetProperty("feature").GetString());
        }

        [Fact]
        public void Html_reports_are_single_self_contained_pages()
        {
            foreach (var files in new[] { _binary.Outcome.DataExplorationReport, _binary.Outcome.ModelInsightsReport!, _regression.Outcome.ModelInsightsReport! })
            {
                var html = File.ReadAllText(files.HtmlPath);
                Assert.StartsWith("<!DOCTYPE html>", html);
                Assert.EndsWith("</html>\n", html);
                Assert.DoesNotContain("<script", html);
                Assert.DoesNotContain("http", html);
            }
            Assert.Contains(_binary.Outcome.BestCandidate!.Name, File.ReadAllText(_binary.Outcome.ModelInsightsReport!.HtmlPath));
            Assert.Equal(Path.GetDirectoryName(_binary.Outcome.DataExplorationReport.JsonPath), Path.Combine(_binary.Spec.OutputDirectory, "reports"));
        }
    }
}
