using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Forecasting;
using AutopilotTools.Local.AutoML.Forecasting.Persistence;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.LocalAutoML.Forecasting
{
    /// <summary>The forecasting problem type end to end in the engine: check, train, load, answer.</summary>
    public sealed class ForecastingEngineTests
    {
        private static DescribeAutoMLJobV2Response Request(string frequency, int horizon, params string[] algorithms) => new DescribeAutoMLJobV2Response
        {
            AutoMLJobName = "weekly",
            AutoMLProblemTypeConfig = new AutoMLProblemTypeConfig
            {
                TimeSeriesForecastingJobConfig = new TimeSeriesForecastingJobConfig
                {
                    ForecastFrequency = frequency,
                    ForecastHorizon = horizon,
                    ForecastQuantiles = new List<string> { "p75", "p25" },
                    TimeSeriesConfig = new TimeSeriesConfig { TargetAttributeName = "demand", TimestampAttributeName = "date", ItemIdentifierAttributeName = "sku", GroupingAttributeNames = new List<string> { "store" } },
                    Transformations = new TimeSeriesTransformations { Aggregation = new Dictionary<string, string> { ["demand"] = "avg" } },
                    CandidateGenerationConfig = algorithms.Length == 0 ? null : new CandidateGenerationConfig { AlgorithmsConfig = new List<AutoMLAlgorithmConfig> { new AutoMLAlgorithmConfig { AutoMLAlgorithms = algorithms.ToList() } } },
                },
            },
        };

        [Fact]
        public async Task AWeeklyJobOnDailyRowsTrainsTheAlgorithmsAskedForAndItsModelForecastsWeeks()
        {
            using var directory = new TempDirectory();
            string data = directory.Combine("train.csv");
            File.WriteAllText(data, DemandData.Csv(DemandData.Rows(3, 7 * 30, seed: 11)));
            var problemType = new ForecastingProblemType();
            DescribeAutoMLJobV2Response request = Request("W", 4, "npts", "ets");
            Assert.Empty(problemType.Check(request));

            TrainingOutcome outcome = await problemType.TrainAsync(new JobInput { Request = request, TrainingPaths = new[] { data }, OutputDirectory = directory.Combine("out") }, null, default);

            CandidateResult candidate = Assert.Single(outcome.Candidates);
            Assert.Same(candidate, outcome.BestCandidate);
            Assert.Equal(("weekly-ensemble-001", "ensemble", 1), (candidate.Name, candidate.Algorithm, outcome.MaxCandidates));
            Assert.Equal(new[] { "npts", "ets" }, candidate.Hyperparameters.Keys);
            Assert.Equal(candidate.Metrics["AverageWeightedQuantileLoss"], candidate.ObjectiveValue);
            Assert.True(File.Exists(Path.Combine(candidate.ArtifactFolders[CandidateArtifactKinds.BacktestResults], "npts-forecasts.csv")));

            IEndpointModel model = ProblemTypeRegistry.Builtin().LoadModel(candidate.ModelDirectory!, problemType.InferenceEnvironment(new ResolvedObjective("AverageWeightedQuantileLoss", "Minimize", "TimeSeriesForecasting")));
            string history = DemandData.Csv(DemandData.Rows(1, 7 * 12, seed: 12));
            string[] lines = Encoding.UTF8.GetString(model.Invoke(Encoding.UTF8.GetBytes(history), "text/csv", "text/csv")).TrimEnd('\n').Split('\n');

            // 2024-01-01 is a Monday: twelve weeks of days end with the week of 2024-03-18; the forecast starts a week on.
            Assert.Equal(new[] { "sku,store,date,p25,p75", "sku-000,store-0,2024-03-25", "sku-000,store-0,2024-04-01", "sku-000,store-0,2024-04-08", "sku-000,store-0,2024-04-15" },
                lines.Select((l, i) => i == 0 ? l : string.Join(",", l.Split(',').Take(3))));
            var format = Assert.Throws<FormatException>(() => model.Invoke(Encoding.UTF8.GetBytes("{\"instances\": 3}"), "application/json", "text/csv"));
            Assert.StartsWith("A JSON request is {\"instances\": [{column: value, …}, …]}", format.Message);
        }

        [Fact]
        public async Task AnHourlyJobForecastsHoursAfterTheTargetsAndTakesFutureCovariateRows()
        {
            using var directory = new TempDirectory();
            var text = new StringBuilder("meter,at,load,temperature\n");
            var start = new DateTime(2024, 6, 1);
            for (int meter = 0; meter < 4; meter++)
            {
                for (int hour = 0; hour < 24 * 14; hour++)
                {
                    double temperature = 15 + (10 * Math.Sin(2 * Math.PI * (hour % 24) / 24));
                    text.Append($"m{meter},{start.AddHours(hour):yyyy-MM-dd HH:mm:ss},{(10 * (meter + 1)) + temperature:0.00},{temperature:0.0}\n");
                }
            }

            File.WriteAllText(directory.Combine("train.csv"), text.ToString());
            var request = new DescribeAutoMLJobV2Response
            {
                AutoMLJobName = "hourly",
                AutoMLProblemTypeConfig = new AutoMLProblemTypeConfig
                {
                    TimeSeriesForecastingJobConfig = new TimeSeriesForecastingJobConfig
                    {
                        ForecastFrequency = "H",
                        ForecastHorizon = 6,
                        TimeSeriesConfig = new TimeSeriesConfig { TargetAttributeName = "load", TimestampAttributeName = "at", ItemIdentifierAttributeName = "meter" },
                        CandidateGenerationConfig = new CandidateGenerationConfig { AlgorithmsConfig = new List<AutoMLAlgorithmConfig> { new AutoMLAlgorithmConfig { AutoMLAlgorithms = new List<string> { "deepar", "arima" } } } },
                    },
                },
            };

            TrainingOutcome outcome = await new ForecastingProblemType().TrainAsync(
                new JobInput { Request = request, TrainingPaths = new[] { directory.Combine("train.csv") }, OutputDirectory = directory.Combine("out") }, null, default);
            CandidateResult candidate = Assert.Single(outcome.Candidates);
            Assert.True(candidate.Status == CandidateStatus.Completed, candidate.FailureReason);

            IEndpointModel model = ProblemTypeRegistry.Builtin().LoadModel(candidate.ModelDirectory!, new Dictionary<string, string> { ["SAGEMAKER_DEFAULT_INVOCATIONS_ACCEPT"] = "application/json" });
            string history = string.Join("\n", text.ToString().Split('\n').Take(1 + 48)) + "\nm0,2024-06-03 00:00:00,,15\nm0,2024-06-03 01:00:00,,17.6\n";
            Assert.Equal("application/json", model.AcceptTypes[0]);
            using var answer = System.Text.Json.JsonDocument.Parse(model.Invoke(Encoding.UTF8.GetBytes(history), "text/csv", "application/json"));
            var predictions = answer.RootElement.GetProperty("predictions").EnumerateArray().ToList();
            Assert.Equal(new[] { "2024-06-03 00:00:00", "2024-06-03 01:00:00", "2024-06-03 02:00:00", "2024-06-03 03:00:00", "2024-06-03 04:00:00", "2024-06-03 05:00:00" },
                predictions.Select(p => p.GetProperty("at").GetString()));
            Assert.All(predictions, p => Assert.InRange(p.GetProperty("p50").GetDouble(), 10, 40));
        }

        [Fact]
        public async Task GzipFilesAreReadAsTheirCsv()
        {
            using var directory = new TempDirectory();
            string data = directory.Combine("train.csv.gz");
            using (var file = File.Create(data))
            using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
            {
                gzip.Write(Encoding.UTF8.GetBytes(DemandData.Csv(DemandData.Rows(2, 60, seed: 14))));
            }

            TrainingOutcome outcome = await new ForecastingProblemType().TrainAsync(
                new JobInput { Request = Request("D", 7, "npts"), TrainingPaths = new[] { data }, OutputDirectory = directory.Combine("out") }, null, default);

            Assert.Equal(CandidateStatus.Completed, Assert.Single(outcome.Candidates).Status);
            Assert.Equal(120, outcome.TrainingRows);
        }

        [Theory]
        [InlineData("7D", 4, null, "ForecastFrequency '7D' is out of range")]
        [InlineData("D", 501, null, "ForecastHorizon 501 is out of range")]
        [InlineData("D", 4, "xgboost", "'xgboost' is not a forecasting algorithm")]
        public void WhatCannotBeTrainedIsRefusedBeforeAnyData(string frequency, int horizon, string? algorithm, string reason)
        {
            IReadOnlyList<string> problems = new ForecastingProblemType().Check(algorithm == null ? Request(frequency, horizon) : Request(frequency, horizon, algorithm));

            Assert.Contains(problems, p => p.Contains(reason, StringComparison.Ordinal));
        }

        [Fact]
        public async Task ACancelledJobStopsWithoutACandidate()
        {
            using var directory = new TempDirectory();
            string data = directory.Combine("train.csv");
            File.WriteAllText(data, DemandData.Csv(DemandData.Rows(2, 60, seed: 13)));
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new ForecastingProblemType().TrainAsync(
                new JobInput { Request = Request("D", 7, "npts"), TrainingPaths = new[] { data }, OutputDirectory = directory.Combine("out") }, null, cancelled.Token));
        }

        [Fact]
        public async Task AJobOutOfTimeEndsMaxAutoMLJobRuntimeReachedWithoutACandidate()
        {
            using var directory = new TempDirectory();
            string data = directory.Combine("train.csv");
            File.WriteAllText(data, DemandData.Csv(DemandData.Rows(3, 7 * 30, seed: 14)));
            DescribeAutoMLJobV2Response request = Request("D", 7);
            request.AutoMLProblemTypeConfig!.TimeSeriesForecastingJobConfig!.CompletionCriteria = new AutoMLJobCompletionCriteria { MaxAutoMLJobRuntimeInSeconds = 3600 };
            var clock = new TriggeredClock();

            Task<TrainingOutcome> training = new ForecastingProblemType().TrainAsync(
                new JobInput { Request = request, TrainingPaths = new[] { data }, OutputDirectory = directory.Combine("out"), Clock = clock }, null, default);
            // The hour is up as soon as the job starts.
            clock.Fire();
            TrainingOutcome outcome = await training;

            Assert.Equal(AutoMLJobSecondaryStatus.MaxAutoMLJobRuntimeReached, outcome.SecondaryStatus);
            Assert.Null(outcome.BestCandidate);
            Assert.Equal("MaxAutoMLJobRuntimeInSeconds (3600 s) ran out before the candidate finished training.", outcome.FailureReason);
            Assert.True(File.Exists(outcome.DataExplorationReport.HtmlPath));
        }

        /// <summary>
        /// Every algorithm's training over MaxRuntimePerTrainingJobInSeconds (on a clock whose limits run out as they
        /// are set): each is stopped, the ensemble fails with the tabular engine's reason, and the job, with no
        /// candidate completed, with the service's.
        /// </summary>
        [Fact]
        public async Task EveryAlgorithmOverMaxRuntimePerTrainingJobFailsTheCandidateAndTheJob()
        {
            using var directory = new TempDirectory();
            TrainingOutcome outcome = await NptsAndEtsUnderOneMinutePerTrainingAsync(directory, new LimitsComeAtOnceClock(OneMinute));

            CandidateResult candidate = Assert.Single(outcome.Candidates);
            Assert.Equal((CandidateStatus.Failed, OverOneMinute), (candidate.Status, candidate.FailureReason));
            Assert.Null(candidate.ModelPath);
            Assert.Equal(AutoMLJobSecondaryStatus.Failed, outcome.SecondaryStatus);
            Assert.Equal($"No candidate completed: weekly-ensemble-001: {OverOneMinute}", outcome.FailureReason);
            Assert.Null(outcome.BestCandidate);
            Assert.Equal(new[] { $"npts was stopped: {OverOneMinute}", $"ets was stopped: {OverOneMinute}" }, outcome.Notes.Where(n => n.Contains("stopped", StringComparison.Ordinal)).OrderByDescending(n => n));
        }

        /// <summary>
        /// One algorithm over MaxRuntimePerTrainingJobInSeconds (the first limit set, npts's, runs out at once; the
        /// others never do): it is stopped, the ensemble is built from the other, and the job completes.
        /// </summary>
        [Fact]
        public async Task AnAlgorithmOverMaxRuntimePerTrainingJobIsLeftOutOfTheEnsembleAndTheJobCompletes()
        {
            using var directory = new TempDirectory();
            TrainingOutcome outcome = await NptsAndEtsUnderOneMinutePerTrainingAsync(directory, new LimitsComeAtOnceClock(OneMinute, count: 1));

            CandidateResult candidate = Assert.Single(outcome.Candidates);
            Assert.True(candidate.Status == CandidateStatus.Completed, candidate.FailureReason);
            Assert.Same(candidate, outcome.BestCandidate);
            Assert.Equal(AutoMLJobSecondaryStatus.Completed, outcome.SecondaryStatus);
            Assert.Contains($"npts was stopped: {OverOneMinute}", outcome.Notes);
            Assert.Equal(new[] { ("ets", 1.0) }, ForecastManifest.Read(candidate.ModelDirectory!).Members.Select(m => (m.Algorithm, m.Weight)));
            using var metrics = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(candidate.ArtifactFolders[CandidateArtifactKinds.BacktestResults], "metrics.json")));
            var algorithms = metrics.RootElement.GetProperty("algorithms").EnumerateArray().ToDictionary(a => a.GetProperty("algorithm").GetString()!);
            Assert.Equal((OverOneMinute, 0.0), (algorithms["npts"].GetProperty("failure").GetString(), algorithms["npts"].GetProperty("weight").GetDouble()));
            Assert.Equal(1.0, algorithms["ets"].GetProperty("weight").GetDouble());
        }

        private const string OverOneMinute = "Training ran longer than MaxRuntimePerTrainingJobInSeconds (60 s) and was stopped.";

        private static readonly TimeSpan OneMinute = TimeSpan.FromSeconds(60);

        /// <summary>A daily job of npts and ets with MaxRuntimePerTrainingJobInSeconds 60, trained on <paramref name="clock"/>.</summary>
        private static Task<TrainingOutcome> NptsAndEtsUnderOneMinutePerTrainingAsync(TempDirectory directory, TimeProvider clock)
        {
            string data = directory.Combine("train.csv");
            File.WriteAllText(data, DemandData.Csv(DemandData.Rows(2, 60, seed: 15)));
            DescribeAutoMLJobV2Response request = Request("D", 7, "npts", "ets");
            request.AutoMLProblemTypeConfig!.TimeSeriesForecastingJobConfig!.CompletionCriteria = new AutoMLJobCompletionCriteria { MaxRuntimePerTrainingJobInSeconds = (int)OneMinute.TotalSeconds };
            return new ForecastingProblemType().TrainAsync(
                new JobInput { Request = request, TrainingPaths = new[] { data }, OutputDirectory = directory.Combine("out"), Clock = clock }, null, default);
        }
    }
}
