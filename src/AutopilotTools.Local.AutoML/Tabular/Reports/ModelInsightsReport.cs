using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using AutopilotTools.Catalog;
using AutopilotTools.Local.AutoML.Reports;
using AutopilotTools.Local.AutoML.Tabular.Metrics;
using AutopilotTools.Local.AutoML.Tabular.Scoring;

namespace AutopilotTools.Local.AutoML.Tabular.Reports
{
    /// <summary>
    /// The model insights report for the best candidate, on the validation rows: its metrics, the confusion matrix and
    /// per-class precision and recall (classification) or the error distribution (regression), permutation feature
    /// importance per input column, and every candidate ranked by the objective.
    /// </summary>
    internal static class ModelInsightsReport
    {
        public const string Name = "model-insights";

        public sealed record Input(
            CandidateResult Best,
            string ProblemType,
            string Objective,
            IReadOnlyList<string>? Labels,
            ScoreTable Scores,
            Truth Truth,
            IReadOnlyList<FeatureImportance> Importance,
            IReadOnlyList<CandidateResult> Candidates);

        public static ReportFiles Write(string directory, Input input)
        {
            var best = input.Best;
            var json = new JsonObject
            {
                ["candidateName"] = best.Name,
                ["algorithm"] = best.Algorithm,
                ["trainer"] = best.Trainer,
                ["problemType"] = input.ProblemType,
                ["objective"] = new JsonObject
                {
                    ["metricName"] = input.Objective,
                    ["type"] = ObjectiveMetrics.ObjectiveType(input.Objective),
                    ["value"] = ReportWriter.Number(best.ObjectiveValue),
                },
                ["metrics"] = Metrics(best.Metrics),
                ["validationRows"] = input.Truth.RowCount,
            };
            var html = new HtmlReport("Model insights: " + best.Name)
                .Paragraph($"{best.Algorithm} ({best.Trainer}), {input.ProblemType}. Objective {input.Objective} ({ObjectiveMetrics.ObjectiveType(input.Objective)}): {HtmlReport.Number(best.ObjectiveValue)} on {input.Truth.RowCount} validation rows.")
                .Heading("Metrics")
                .Table(new[] { "Metric", "Value" }, best.Metrics.OrderBy(m => m.Key).Select(m => (IReadOnlyList<string>)new[] { m.Key, HtmlReport.Number(m.Value) }));

            if (input.Labels != null) Classification(input, json, html);
            else Regression(input, json, html);

            json["featureImportance"] = new JsonObject
            {
                ["method"] = $"permutation on the validation rows: the drop in {input.Objective} (oriented so larger means more important) when one input column is shuffled, mean of 3 shuffles",
                ["features"] = new JsonArray(input.Importance.Select(f => (JsonNode?)new JsonObject
                {
                    ["feature"] = f.Feature, ["importance"] = ReportWriter.Number(f.Mean), ["stdDev"] = ReportWriter.Number(f.StdDev),
                }).ToArray()),
            };
            html.Heading("Feature importance")
                .Paragraph($"Permutation importance: how much {input.Objective} worsens when a column's values are shuffled (mean of 3 shuffles).")
                .Bars(input.Importance.Select(f => (f.Feature, f.Mean)).ToList());

            var ranked = input.Candidates
                .OrderBy(c => c.ObjectiveValue is null)
                .ThenByDescending(c => c.ObjectiveValue is double v ? ObjectiveMetrics.Oriented(input.Objective, v) : 0)
                .ToList();
            json["leaderboard"] = new JsonArray(ranked.Select(c => (JsonNode?)new JsonObject
            {
                ["candidateName"] = c.Name, ["algorithm"] = c.Algorithm, ["status"] = c.Status,
                ["objectiveValue"] = ReportWriter.Number(c.ObjectiveValue), ["failureReason"] = c.FailureReason,
                ["trainingSeconds"] = c.TrainingTime.TotalSeconds,
            }).ToArray());
            html.Heading("Candidates")
                .Table(new[] { "Candidate", "Algorithm", "Status", input.Objective, "Seconds", "Failure reason" }, ranked.Select(c => (IReadOnlyList<string>)new[]
                {
                    c.Name, c.Algorithm, c.Status, HtmlReport.Number(c.ObjectiveValue),
                    c.TrainingTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture), c.FailureReason ?? "",
                }));
            return ReportWriter.Write(directory, Name, json, html);
        }

        private static JsonObject Metrics(IReadOnlyDictionary<string, double> metrics)
        {
            var json = new JsonObject();
            foreach (var m in metrics.OrderBy(m => m.Key)) json[m.Key] = ReportWriter.Number(m.Value);
            return json;
        }

        // Counts, not weights: the matrix says how many validation rows landed where.
        private static void Classification(Input input, JsonObject json, HtmlReport html)
        {
            var labels = input.Labels!;
            int k = labels.Count;
            var matrix = new int[k, k];
            for (int r = 0; r < input.Scores.RowCount; r++) matrix[input.Truth.Classes![r], input.Scores.PredictedClass(r)]++;
            var stats = MetricCalculator.PerClass(input.Scores, input.Truth, k);
            json["labels"] = new JsonArray(labels.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray());
            json["confusionMatrix"] = new JsonObject
            {
                ["rows"] = "actual label",
                ["columns"] = "predicted label",
                ["labels"] = new JsonArray(labels.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
                ["counts"] = new JsonArray(Enumerable.Range(0, k).Select(a => (JsonNode?)new JsonArray(Enumerable.Range(0, k).Select(p => (JsonNode?)JsonValue.Create(matrix[a, p])).ToArray())).ToArray()),
            };
            json["perClass"] = new JsonArray(Enumerable.Range(0, k).Select(c => (JsonNode?)new JsonObject
            {
                ["label"] = labels[c], ["precision"] = stats.Precision[c], ["recall"] = stats.Recall[c], ["f1"] = stats.F1[c], ["support"] = stats.TrueWeight[c],
            }).ToArray());
            html.Heading("Confusion matrix (rows: actual, columns: predicted)")
                .Table(new[] { "" }.Concat(labels).ToList(), Enumerable.Range(0, k).Select(a => (IReadOnlyList<string>)new[] { labels[a] }
                    .Concat(Enumerable.Range(0, k).Select(p => matrix[a, p].ToString(CultureInfo.InvariantCulture))).ToList()))
                .Heading("Per class")
                .Table(new[] { "Label", "Precision", "Recall", "F1", "Support" }, Enumerable.Range(0, k).Select(c => (IReadOnlyList<string>)new[]
                    { labels[c], HtmlReport.Number(stats.Precision[c]), HtmlReport.Number(stats.Recall[c]), HtmlReport.Number(stats.F1[c]), HtmlReport.Number(stats.TrueWeight[c]) }));
        }

        private static void Regression(Input input, JsonObject json, HtmlReport html)
        {
            var errors = Enumerable.Range(0, input.Scores.RowCount).Select(r => input.Scores.Values![r] - input.Truth.Values![r]).OrderBy(e => e).ToList();
            var absolute = errors.Select(System.Math.Abs).OrderBy(e => e).ToList();
            double Quantile(List<double> sorted, double q) => sorted[(int)System.Math.Min(sorted.Count - 1, System.Math.Floor(q * sorted.Count))];
            json["residuals"] = new JsonObject
            {
                ["meanError"] = errors.Average(),
                ["absoluteErrorMedian"] = Quantile(absolute, 0.5),
                ["absoluteError90thPercentile"] = Quantile(absolute, 0.9),
                ["absoluteErrorMax"] = absolute[^1],
            };
            html.Heading("Errors (predicted − actual)")
                .Table(new[] { "Mean error", "Median |error|", "90th percentile |error|", "Max |error|" }, new[] { (IReadOnlyList<string>)new[]
                    { HtmlReport.Number(errors.Average()), HtmlReport.Number(Quantile(absolute, 0.5)), HtmlReport.Number(Quantile(absolute, 0.9)), HtmlReport.Number(absolute[^1]) } });
        }
    }
}
