using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using AutopilotTools.Local.AutoML.Reports;
using AutopilotTools.Local.AutoML.Tabular.Data;

namespace AutopilotTools.Local.AutoML.Tabular.Reports
{
    /// <summary>
    /// The data exploration report: the dataset's size and split, the target's distribution, and for each column the
    /// kind inferred, why, its missing values and statistics, and what featurization does with it; plus warnings.
    /// </summary>
    internal static class DataExplorationReport
    {
        public const string Name = "data-exploration";

        public static ReportFiles Write(string directory, PreparedData data, IReadOnlyList<string> trainingFiles, IReadOnlyList<string> validationFiles)
        {
            var warnings = Warnings(data);
            var json = new JsonObject
            {
                ["dataset"] = new JsonObject
                {
                    ["trainingFiles"] = new JsonArray(trainingFiles.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray()),
                    ["validationFiles"] = new JsonArray(validationFiles.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray()),
                    ["trainingBytes"] = data.TrainingBytes,
                    ["rowsRead"] = data.RowsRead,
                    ["trainingRows"] = data.Training.Count,
                    ["validationRows"] = data.Validation.Count,
                    ["validationSource"] = data.ValidationWasSplit ? "split from the training data" : "validation files",
                    ["droppedRowsMissingTarget"] = data.DroppedMissingTarget,
                    ["droppedRowsInvalidWeight"] = data.DroppedInvalidWeight,
                    ["droppedValidationRowsUnseenLabel"] = data.DroppedUnseenLabel,
                },
                ["target"] = Target(data),
                ["sampleWeightAttributeName"] = data.SampleWeightAttributeName,
                ["columns"] = new JsonArray(data.Profiles.Select(p => (JsonNode?)Column(p)).ToArray()),
                ["warnings"] = new JsonArray(warnings.Select(w => (JsonNode?)JsonValue.Create(w)).ToArray()),
            };

            var html = new HtmlReport("Data exploration report")
                .Heading("Dataset")
                .Table(new[] { "", "" }, new[]
                {
                    Row("Training rows", data.Training.Count), Row("Validation rows", data.Validation.Count),
                    new[] { "Validation rows from", data.ValidationWasSplit ? "split from the training data" : "validation files" },
                    Row("Rows dropped: no target", data.DroppedMissingTarget), Row("Rows dropped: invalid weight", data.DroppedInvalidWeight),
                    new[] { "Training files", string.Join(", ", trainingFiles) },
                })
                .Heading("Target: " + data.TargetAttributeName)
                .Paragraph($"Problem type: {data.ProblemType}" + (data.ProblemTypeInferred ? " (inferred from the target's values)." : " (given)."));
            if (data.Labels != null)
            {
                html.Table(new[] { "Label", "Training rows", "Share" }, ClassCounts(data).Select(c => (IReadOnlyList<string>)new[]
                    { c.Label, c.Count.ToString(CultureInfo.InvariantCulture), (c.Share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" }));
            }
            else
            {
                var values = TargetValues(data);
                html.Table(new[] { "Min", "Max", "Mean" }, new[] { (IReadOnlyList<string>)new[] { HtmlReport.Number(values.Min()), HtmlReport.Number(values.Max()), HtmlReport.Number(values.Average()) } });
            }
            html.Heading("Columns")
                .Table(new[] { "Column", "Kind", "Why", "Treatment", "Missing", "Distinct", "Min", "Max", "Mean", "Top values" },
                    data.Profiles.Select(p => (IReadOnlyList<string>)new[]
                    {
                        p.Name, p.Kind.ToString(), p.Reason, p.Treatment,
                        $"{p.Missing} ({Share(p.Missing, p.Rows)})", p.Distinct.ToString(CultureInfo.InvariantCulture),
                        HtmlReport.Number(p.Min), HtmlReport.Number(p.Max), HtmlReport.Number(p.Mean),
                        string.Join(", ", p.TopValues.Take(5).Select(t => $"{t.Key} ({t.Value})")),
                    }))
                .Heading("Warnings")
                .List(warnings.Count > 0 ? warnings : new List<string> { "None." });
            return ReportWriter.Write(directory, Name, json, html);
        }

        private static JsonObject Target(PreparedData data)
        {
            var target = new JsonObject
            {
                ["name"] = data.TargetAttributeName,
                ["problemType"] = data.ProblemType,
                ["problemTypeInferred"] = data.ProblemTypeInferred,
            };
            if (data.Labels != null)
            {
                target["classes"] = new JsonArray(ClassCounts(data).Select(c => (JsonNode?)new JsonObject
                {
                    ["label"] = c.Label, ["count"] = c.Count, ["share"] = c.Share,
                }).ToArray());
            }
            else
            {
                var values = TargetValues(data);
                target["min"] = values.Min();
                target["max"] = values.Max();
                target["mean"] = values.Average();
            }
            return target;
        }

        private static JsonObject Column(ColumnProfile p) => new JsonObject
        {
            ["name"] = p.Name,
            ["kind"] = p.Kind.ToString(),
            ["reason"] = p.Reason,
            ["treatment"] = p.Treatment,
            ["dropped"] = p.IsDropped,
            ["rows"] = p.Rows,
            ["missing"] = p.Missing,
            ["missingShare"] = p.Rows > 0 ? (double)p.Missing / p.Rows : 0,
            ["distinct"] = p.Distinct,
            ["min"] = ReportWriter.Number(p.Min),
            ["max"] = ReportWriter.Number(p.Max),
            ["mean"] = ReportWriter.Number(p.Mean),
            ["stdDev"] = ReportWriter.Number(p.StdDev),
            ["topValues"] = new JsonArray(p.TopValues.Select(t => (JsonNode?)new JsonObject { ["value"] = t.Key, ["count"] = t.Value }).ToArray()),
        };

        private static List<string> Warnings(PreparedData data)
        {
            var warnings = new List<string>();
            foreach (var p in data.Profiles)
            {
                if (p.IsDropped) warnings.Add($"Column '{p.Name}' is dropped: {p.Reason}.");
                else if (p.Rows > 0 && (double)p.Missing / p.Rows > 0.5) warnings.Add($"Column '{p.Name}' is missing in {Share(p.Missing, p.Rows)} of the rows.");
            }
            if (data.Labels != null)
            {
                var counts = ClassCounts(data);
                var smallest = counts.OrderBy(c => c.Count).First();
                if (smallest.Share < 0.05) warnings.Add($"Class '{smallest.Label}' is rare: {smallest.Count} training rows ({Share(smallest.Count, data.Training.Count)}).");
            }
            if (data.DroppedMissingTarget > 0) warnings.Add($"{data.DroppedMissingTarget} rows have no target value and are left out.");
            if (data.DroppedInvalidWeight > 0) warnings.Add($"{data.DroppedInvalidWeight} rows have no valid sample weight and are left out.");
            if (data.DroppedUnseenLabel > 0) warnings.Add($"{data.DroppedUnseenLabel} validation rows have a label the training rows lack and are left out.");
            return warnings;
        }

        private static List<(string Label, int Count, double Share)> ClassCounts(PreparedData data)
        {
            var counts = data.Training.Targets.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
            return data.Labels!.Labels.Select(l => (l, counts.GetValueOrDefault(l), (double)counts.GetValueOrDefault(l) / data.Training.Count)).ToList();
        }

        private static List<double> TargetValues(PreparedData data) =>
            data.Training.Targets.Select(t => { CellValues.TryParseNumber(t, out var v); return v; }).ToList();

        private static string[] Row(string label, int value) => new[] { label, value.ToString(CultureInfo.InvariantCulture) };

        private static string Share(int part, int whole) =>
            whole > 0 ? ((double)part / whole * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "0%";
    }
}
