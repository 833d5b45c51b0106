using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AutopilotTools.Bench.Harness;
using AutopilotTools.Bench.Training;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Forecasting;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Model;

namespace AutopilotTools.Bench.Benchmarks
{
    /// <summary>
    /// 9. The local forecasting engine on generated daily demand (200 items × 2 years, weekly and yearly seasonality,
    /// trend, 15% noise, a price covariate), horizon 28, every algorithm: the whole job's wall time (goal ≤ 60 s on 2
    /// cores), the candidate's AverageWeightedQuantileLoss on the backtest against the seasonal naive forecast's on
    /// the same window (goal ≤ 0.75×), and how often the actual value falls between p10 and p90 (goal 75–85%).
    /// </summary>
    internal sealed class ForecastingBenchmark : IBenchmark
    {
        public int Number => 9;

        public string Title => "local forecasting: 200 items × 2 years daily, horizon 28";

        public async Task<IReadOnlyList<ResultRow>> RunAsync(bool quick)
        {
            int items = quick ? 40 : 200, days = quick ? 365 : 730, horizon = 28;
            using var directory = new TempDirectory("forecasting");
            string data = ForecastDataset.Write(directory.Path, items, days, seed: 42);
            var input = new JobInput
            {
                Request = new DescribeAutoMLJobV2Response
                {
                    AutoMLJobName = "bench-forecast",
                    AutoMLProblemTypeConfig = new AutoMLProblemTypeConfig
                    {
                        TimeSeriesForecastingJobConfig = new TimeSeriesForecastingJobConfig
                        {
                            ForecastFrequency = "D",
                            ForecastHorizon = horizon,
                            TimeSeriesConfig = new TimeSeriesConfig { TargetAttributeName = "demand", TimestampAttributeName = "timestamp", ItemIdentifierAttributeName = "item_id" },
                        },
                    },
                },
                TrainingPaths = new[] { data },
                OutputDirectory = directory.File("output"),
            };

            var clock = Stopwatch.StartNew();
            TrainingOutcome outcome = await new ForecastingProblemType().TrainAsync(input, null, default);
            double seconds = clock.Elapsed.TotalSeconds;
            CandidateResult best = outcome.BestCandidate ?? throw new InvalidOperationException("The forecasting job failed: " + outcome.FailureReason);
            string backtest = best.ArtifactFolders[CandidateArtifactKinds.BacktestResults];

            using JsonDocument metrics = JsonDocument.Parse(File.ReadAllText(Path.Combine(backtest, "metrics.json")));
            double Loss(string algorithm) => metrics.RootElement.GetProperty("algorithms").EnumerateArray()
                .Single(a => a.GetProperty("algorithm").GetString() == algorithm).GetProperty("metrics").GetProperty("AverageWeightedQuantileLoss").GetDouble();
            foreach (JsonElement algorithm in metrics.RootElement.GetProperty("algorithms").EnumerateArray())
            {
                Log.Info($"  {algorithm.GetProperty("algorithm").GetString(),-15} weight {algorithm.GetProperty("weight").GetDouble():0.00}  {algorithm.GetProperty("seconds")} s  wQL {(algorithm.TryGetProperty("metrics", out JsonElement m) ? m.GetProperty("AverageWeightedQuantileLoss").ToString() : algorithm.GetProperty("failure").GetString())}");
            }

            double coverage = Coverage(Path.Combine(backtest, "ensemble-forecasts.csv"));
            string size = $"{items} items × {days} days, horizon {horizon}";
            return new[]
            {
                new ResultRow(9, $"Forecasting job wall time, {size} (read, backtest 6 algorithms, ensemble, refit)", Figure.Sec(seconds), "goal", Figure.Sec(60)),
                new ResultRow(9, "Candidate's AverageWeightedQuantileLoss on the backtest window", Figure.Score(Loss("ensemble")), "seasonal naive's on the same window (goal ≤ 0.75×)", Figure.Score(Loss("seasonal-naive"))),
                new ResultRow(9, "Share of backtest actuals between the candidate's p10 and p90", Figure.Score(coverage), "goal (75–85%)", Figure.Score(0.80)),
            };
        }

        /// <summary>The share of rows whose actual value lies within [p10, p90] (columns item_id, timestamp, demand, mean, p10, p50, p90).</summary>
        private static double Coverage(string forecasts)
        {
            int inside = 0, total = 0;
            foreach (string line in File.ReadLines(forecasts).Skip(1))
            {
                double[] v = line.Split(',').Skip(2).Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray();
                total++;
                inside += v[0] >= v[2] && v[0] <= v[4] ? 1 : 0;
            }

            return inside / (double)total;
        }
    }
}
