using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using AutopilotTools.Local.AutoML.Forecasting.Algorithms;
using AutopilotTools.Local.AutoML.Forecasting.Data;
using AutopilotTools.Local.AutoML.Reports;

namespace AutopilotTools.Local.AutoML.Forecasting.Training
{
    /// <summary>The forecasting job's reports: what the data is (before training), and how each algorithm and the ensemble did on the backtest.</summary>
    internal static class ForecastReports
    {
        public static ReportFiles DataExploration(string directory, ForecastSpec spec, SeriesSet data, ForecastContext context)
        {
            int[] lengths = data.Series.Select(s => s.Length).ToArray();
            double[] values = data.Series.SelectMany(s => s.Target).Where(v => !double.IsNaN(v)).ToArray();
            var facts = new List<(string Name, string Value)>
            {
                ("Items", data.Series.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("Frequency", spec.Frequency.Text),
                ("Season length (steps)", context.SeasonLength.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("History ends", Timestamps.Format(data.End, data.TimestampFormat)),
                ("Shortest / longest series (steps)", $"{lengths.Min()} / {lengths.Max()}"),
                ("Target mean", HtmlReport.Number(values.DefaultIfEmpty().Average())),
                ("Target min / max", $"{HtmlReport.Number(values.DefaultIfEmpty().Min())} / {HtmlReport.Number(values.DefaultIfEmpty().Max())}"),
                ("Target aggregation", spec.Aggregation),
                ("Target filling (middle, back)", $"{spec.TargetFilling.Middle}, {spec.TargetFilling.Back}"),
                ("Covariates", string.Join(", ", data.Covariates.Select(c => c.Name + (c.Categorical ? " (categorical)" : " (numeric)")))),
            };
            var json = new JsonObject
            {
                ["items"] = data.Series.Count,
                ["frequency"] = spec.Frequency.Text,
                ["seasonLength"] = context.SeasonLength,
                ["historyEnd"] = Timestamps.Format(data.End, data.TimestampFormat),
                ["shortestSeries"] = lengths.Min(),
                ["longestSeries"] = lengths.Max(),
                ["targetMean"] = ReportWriter.Number(values.DefaultIfEmpty().Average()),
                ["covariates"] = new JsonArray(data.Covariates.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["categorical"] = c.Categorical }).ToArray()),
            };
            var html = new HtmlReport("Data exploration: time series")
                .Table(new[] { "Fact", "Value" }, facts.Select(f => (IReadOnlyList<string>)new[] { f.Name, f.Value }));
            return ReportWriter.Write(directory, "data-exploration", json, html);
        }

        public static ReportFiles ModelInsights(string directory, ForecastSpec spec, CandidateResult candidate, IReadOnlyList<AlgorithmBacktest> results, AlgorithmBacktest ensemble, AlgorithmBacktest baseline, string objective)
        {
            List<AlgorithmBacktest> all = results.Append(ensemble).Append(baseline).ToList();
            string[] metricNames = ensemble.Metrics!.Values.Keys.OrderBy(k => k, System.StringComparer.Ordinal).ToArray();
            var header = new List<string> { "Algorithm", "Weight" };
            header.AddRange(metricNames);
            header.AddRange(spec.Quantiles.Select(q => "wQL " + q.Name));
            header.Add("Stands in as");
            var rows = all.Select(r =>
            {
                var row = new List<string> { r.Algorithm, HtmlReport.Number(r.Weight) };
                row.AddRange(metricNames.Select(m => r.Metrics != null && r.Metrics.Values.TryGetValue(m, out double v) ? HtmlReport.Number(v) : ""));
                row.AddRange(spec.Quantiles.Select((q, i) => r.Metrics == null ? "" : HtmlReport.Number(r.Metrics.WeightedQuantileLosses[i])));
                row.Add(r.Failure ?? r.StandIn);
                return (IReadOnlyList<string>)row;
            });
            var json = new JsonObject
            {
                ["candidate"] = candidate.Name,
                ["objective"] = objective,
                ["algorithms"] = new JsonArray(all.Select(r => (JsonNode)BacktestFiles.Json(r, spec)).ToArray()),
            };
            var html = new HtmlReport("Model insights: " + candidate.Name)
                .Paragraph($"The candidate is the ensemble of the algorithms below, weighted on the backtest (the last {spec.Horizon} steps of every series) to minimise {objective}. The seasonal naive forecast is the yardstick, not a member.")
                .Table(header, rows);
            return ReportWriter.Write(directory, "model-insights", json, html);
        }
    }
}
