using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Catalog;
using AutopilotTools.Local.AutoML.Forecasting.Algorithms;
using AutopilotTools.Local.AutoML.Forecasting.Data;
using AutopilotTools.Local.AutoML.Forecasting.Persistence;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Forecasting.Training
{
    /// <summary>
    /// One forecasting job: read and resample the data, backtest every algorithm on the last horizon and refit it on
    /// all the data (each under MaxRuntimePerTrainingJobInSeconds), weight those that finished into an ensemble on
    /// that backtest, and write the one candidate (the ensemble) with its backtest results and reports.
    /// </summary>
    internal sealed class ForecastingJob
    {
        private readonly JobInput _input;
        private readonly IProgress<TrainingProgress>? _progress;
        private readonly List<string> _notes = new List<string>();
        private ResolvedObjective? _objective;
        private int _rows;

        public ForecastingJob(JobInput input, IProgress<TrainingProgress>? progress)
        {
            _input = input;
            _progress = progress;
        }

        /// <summary>The objective: the job's, or Autopilot's default for forecasting.</summary>
        public static string ObjectiveOf(DescribeAutoMLJobV2Response request) =>
            request.AutoMLJobObjective?.MetricName ?? ObjectiveMetrics.DefaultFor(AutoMLProblemTypeConfigName.TimeSeriesForecasting)!;

        public TrainingOutcome Run(CancellationToken cancellationToken)
        {
            DescribeAutoMLJobV2Response request = _input.Request;
            ForecastSpec spec = ForecastSpec.From(request.AutoMLProblemTypeConfig?.TimeSeriesForecastingJobConfig
                ?? throw new AutoMLValidationException("The job has no TimeSeriesForecastingJobConfig."));
            string metric = ObjectiveOf(request);
            _objective = new ResolvedObjective(metric, ObjectiveMetrics.ObjectiveType(metric), AutoMLProblemTypeConfigName.TimeSeriesForecasting);
            string output = _input.OutputDirectory;
            Directory.CreateDirectory(output);

            Report(AutoMLJobSecondaryStatus.AnalyzingData, "Reading and resampling the time series.");
            ForecastCsv csv = ForecastCsv.Load(_input.TrainingPaths);
            SeriesSet data = new SeriesReader(spec, null).Read(csv.Header, csv.Rows);
            _rows = csv.Rows.Count;
            int longest = data.Series.Max(s => s.Length);
            if (spec.Horizon * 4 > longest)
            {
                throw new AutoMLDataException(
                    $"The ForecastHorizon {spec.Horizon} is more than a quarter of the longest series ({longest} steps at {spec.Frequency}); Autopilot needs at least 4 × {spec.Horizon} = {spec.Horizon * 4} steps of history.");
            }

            var context = new ForecastContext(spec.Horizon, spec.Levels, spec.Frequency.SeasonLength, spec.Frequency, data.Series.All(s => s.Target.All(v => double.IsNaN(v) || v >= 0)));
            ReportFiles dataReport = ForecastReports.DataExploration(Path.Combine(output, "reports"), spec, data, context);

            Report(AutoMLJobSecondaryStatus.FeatureEngineering, "Holding out the last horizon of every series as the backtest window.");
            var backtest = new Backtest(data, context);
            var candidate = new CandidateResult(
                new Tabular.Search.CandidateNamer(request.AutoMLJobName).Name("ensemble", 1),
                "ensemble",
                "weighted quantile average of " + string.Join(", ", spec.Algorithms),
                spec.Algorithms.ToDictionary(a => a, a => Forecasters.For(a).StandIn))
            {
                StartTime = _input.Clock.GetUtcNow(),
            };

            Report(AutoMLJobSecondaryStatus.TrainingModels, "Backtesting " + string.Join(", ", spec.Algorithms) + ".", candidate.Name);
            // Algorithms side by side (each runs single-threaded LightGBM or per-series fits), each a training of its
            // own under MaxRuntimePerTrainingJobInSeconds: its limit is started here, in the algorithms' order.
            Task<AlgorithmTraining>[] trainings = spec.Algorithms.Select(a => TrainAsync(Forecasters.For(a), backtest, data, context, cancellationToken)).ToArray();
            AlgorithmTraining[] algorithms = Task.WhenAll(trainings).GetAwaiter().GetResult();
            var results = algorithms.Select(a => a.Backtest).ToList();

            var baseline = BacktestOne(new SeasonalNaiveForecaster(), backtest, context, cancellationToken);
            List<AlgorithmTraining> completed = algorithms.Where(a => a.Refit != null).ToList();
            List<AlgorithmBacktest> trained = completed.Select(a => a.Backtest).ToList();
            if (trained.Count == 0)
            {
                candidate.Status = CandidateStatus.Failed;
                // All over the limit, the ensemble's training ran over it as the tabular engine's candidates do.
                candidate.FailureReason = results.All(r => r.OverRuntimeLimit)
                    ? results[0].Failure
                    : "Every algorithm failed: " + string.Join(" ", results.Select(r => $"{r.Algorithm}: {r.Failure}"));
                candidate.EndTime = _input.Clock.GetUtcNow();
                return Outcome(spec, candidate, null, dataReport, null);
            }

            double[] weights = EnsembleSelection.Weights(trained.Select(r => r.Forecasts!).ToList(), backtest, metric);
            for (int m = 0; m < trained.Count; m++)
            {
                trained[m].Weight = weights[m];
            }

            QuantileForecast[] ensembleForecasts = EnsembleSelection.Combine(trained.Select(r => r.Forecasts!).ToList(), weights, context);
            var ensemble = new AlgorithmBacktest("ensemble", candidate.Trainer) { Forecasts = ensembleForecasts, Metrics = backtest.Score(ensembleForecasts), Weight = 1 };

            // The members kept were refitted on every step of the data, backtest window included; the others are dropped.
            cancellationToken.ThrowIfCancellationRequested();
            string modelDirectory = Path.Combine(output, "candidates", candidate.Name);
            Directory.CreateDirectory(modelDirectory);
            var manifest = new ForecastManifest
            {
                CandidateName = candidate.Name,
                Config = spec.Config,
                Covariates = data.Covariates.ToList(),
                SeasonLength = context.SeasonLength,
                NonNegative = context.NonNegative,
            };
            foreach (AlgorithmTraining member in completed)
            {
                if (member.Backtest.Weight > 0)
                {
                    member.Refit!.Save(Path.Combine(modelDirectory, "members", member.Backtest.Algorithm));
                }

                (member.Refit as IDisposable)?.Dispose();
            }

            List<AlgorithmBacktest> kept = trained.Where(r => r.Weight > 0).ToList();
            manifest.Members.AddRange(kept.Select(m => new ManifestMember { Algorithm = m.Algorithm, Weight = m.Weight, Directory = Path.Combine("members", m.Algorithm) }));

            manifest.Write(modelDirectory);
            string backtestDirectory = Path.Combine(output, "backtest-results", candidate.Name);
            BacktestFiles.Write(backtestDirectory, spec, backtest, results, ensemble, baseline, metric);

            Report(AutoMLJobSecondaryStatus.GeneratingModelInsightsReport, "Writing the model insights report.", candidate.Name);
            candidate.Status = CandidateStatus.Completed;
            candidate.Metrics = ensemble.Metrics!.Values;
            candidate.ObjectiveValue = candidate.Metrics.TryGetValue(metric, out double objective) ? objective : null;
            candidate.ModelDirectory = modelDirectory;
            candidate.ModelPath = Path.Combine(modelDirectory, ProblemTypeRegistry.SidecarFile);
            candidate.ArtifactFolders = new Dictionary<string, string> { [CandidateArtifactKinds.BacktestResults] = backtestDirectory };
            candidate.EndTime = _input.Clock.GetUtcNow();
            ReportFiles insights = ForecastReports.ModelInsights(Path.Combine(output, "reports"), spec, candidate, results, ensemble, baseline, metric);
            return Outcome(spec, candidate, candidate, dataReport, insights);
        }

        /// <summary>
        /// One algorithm's training, a candidate of the job's: its backtest, then (when it forecast the window) its refit
        /// on all the data, held until the ensemble's weights say whether it is kept. Both run under
        /// MaxRuntimePerTrainingJobInSeconds on the job's clock: over it the algorithm fails with the tabular engine's
        /// reason, and the others go on.
        /// </summary>
        private async Task<AlgorithmTraining> TrainAsync(IForecaster forecaster, Backtest backtest, SeriesSet data, ForecastContext context, CancellationToken job)
        {
            using var limit = new CandidateRuntimeLimit(CandidateRuntimeLimit.Of(_input.Request), _input.Clock, job);
            var clock = Stopwatch.StartNew();
            try
            {
                return await limit.RunAsync(token =>
                {
                    token.ThrowIfCancellationRequested();
                    AlgorithmBacktest result = BacktestOne(forecaster, backtest, context, token);
                    token.ThrowIfCancellationRequested();
                    return new AlgorithmTraining(result, result.Forecasts == null ? null : forecaster.Fit(data, context, token));
                }).ConfigureAwait(false);
            }
            catch (Exception) when (limit.Reached)
            {
                lock (_notes)
                {
                    _notes.Add($"{forecaster.Algorithm} was stopped: {limit.FailureReason}");
                }

                var stopped = new AlgorithmBacktest(forecaster.Algorithm, forecaster.StandIn) { Failure = limit.FailureReason, OverRuntimeLimit = true, Time = clock.Elapsed };
                return new AlgorithmTraining(stopped, null);
            }
        }

        private AlgorithmBacktest BacktestOne(IForecaster forecaster, Backtest backtest, ForecastContext context, CancellationToken cancellationToken)
        {
            var result = new AlgorithmBacktest(forecaster.Algorithm, forecaster.StandIn);
            var clock = Stopwatch.StartNew();
            try
            {
                IForecastModel model = forecaster.Fit(backtest.History, context, cancellationToken);
                try
                {
                    result.Forecasts = ForecastEnsemble.ForecastAll(model, backtest.History);
                }
                finally
                {
                    (model as IDisposable)?.Dispose();
                }

                result.Metrics = backtest.Score(result.Forecasts);
            }
            catch (Exception error) when (error is AutoMLDataException || error is InvalidOperationException || error is ArithmeticException)
            {
                result.Failure = error.Message;
                lock (_notes)
                {
                    _notes.Add($"{forecaster.Algorithm} failed its backtest: {error.Message}");
                }
            }

            result.Time = clock.Elapsed;
            return result;
        }

        private TrainingOutcome Outcome(ForecastSpec spec, CandidateResult candidate, CandidateResult? best, ReportFiles dataReport, ReportFiles? insights)
        {
            var outcome = new TrainingOutcome
            {
                ProblemType = AutoMLProblemTypeConfigName.TimeSeriesForecasting,
                ObjectiveMetric = _objective!.MetricName,
                ObjectiveType = _objective.ObjectiveType,
                Mode = AutoMLMode.ENSEMBLING,
                Algorithms = spec.Algorithms,
                MaxCandidates = 1,
                Candidates = new[] { candidate },
                BestCandidate = best,
                SecondaryStatus = best == null ? AutoMLJobSecondaryStatus.Failed : AutoMLJobSecondaryStatus.Completed,
                FailureReason = best == null ? CandidateRuntimeLimit.NoneCompleted(new[] { candidate }) : null,
                DataExplorationReport = dataReport,
                ModelInsightsReport = insights,
                Notes = _notes,
                TrainingRows = _rows,
            };
            _progress?.Report(new TrainingProgress(outcome.SecondaryStatus, "Done.", outcome.Candidates, null, _objective));
            return outcome;
        }

        private void Report(string status, string message, string? current = null) =>
            _progress?.Report(new TrainingProgress(status, message, Array.Empty<CandidateResult>(), current, _objective));
    }
}
