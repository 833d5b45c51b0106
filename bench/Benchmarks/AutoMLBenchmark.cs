using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AutopilotTools.Bench.Harness;
using AutopilotTools.Bench.Training;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Tabular;

namespace AutopilotTools.Bench.Benchmarks
{
    /// <summary>
    /// 6. The local AutoML engine on a generated table of 50,000 rows × 20 columns (mixed numeric and categorical,
    /// binary target), TabularAutoML.RunAsync with MaxCandidates 10 and objective F1: its wall time (and where it went)
    /// and its best candidate's objective on the validation rows, against one LightGBM model with ML.NET's defaults
    /// trained directly on the same training file and scored on the same validation file. In two modes: AUTO, what a
    /// user gets by default (it resolves to ENSEMBLING at this size, which trains each algorithm once plus an ensemble),
    /// and HYPERPARAMETER_TUNING, which spends all ten candidates.
    /// </summary>
    internal sealed class AutoMLBenchmark : IBenchmark
    {
        private const int Seed = 42;

        public int Number => 6;

        public string Title => "local AutoML: MaxCandidates 10 against one default LightGBM";

        public async Task<IReadOnlyList<ResultRow>> RunAsync(bool quick)
        {
            int rows = quick ? 5_000 : 50_000;
            int maxCandidates = quick ? 3 : 10;
            using var directory = new TempDirectory("automl");
            (string training, string validation) = TabularDataset.Write(directory.Path, rows, validationShare: 0.2, Seed);

            // Untimed: load ML.NET and LightGBM's native library once, so neither timed run pays for it alone.
            LightGbmBaseline.Train(validation, validation, Seed);

            TabularJobSpec Spec(string mode, int round) => new TabularJobSpec
            {
                TrainingPaths = new[] { training },
                ValidationPaths = new[] { validation },
                TargetAttributeName = TabularDataset.Target,
                ObjectiveMetric = "F1",
                Mode = mode,
                MaxCandidates = maxCandidates,
                Seed = Seed,
                CandidateNamePrefix = "bench",
                OutputDirectory = directory.File($"job-{mode.ToLowerInvariant()}-{round}"),
            };

            // Rounds of baseline, AUTO, HYPERPARAMETER_TUNING, and the fastest of each: on the shared machine of RESULTS.md
            // one run of the same seeded job took anywhere from 18 to 87 s, and the baseline from 0.9 to 11 s, as other
            // work came and went. Contention only ever adds time, so the fastest run is the least disturbed one; and
            // everything is seeded, so every round trains the same models and only the times differ.
            int rounds = quick ? 1 : 3;
            var baselines = new List<LightGbmBaseline.Result>();
            var autoRuns = new List<EngineRun>();
            var tuningRuns = new List<EngineRun>();
            for (int round = 0; round < rounds; round++)
            {
                baselines.Add(LightGbmBaseline.Train(training, validation, Seed));
                Log.Info($"  baseline LightGBM: {baselines[^1].Seconds:0.0} s, F1 {baselines[^1].F1:0.0000}, AUC {baselines[^1].Auc:0.0000}");
                autoRuns.Add(await EngineRun.RunAsync(Spec("AUTO", round)));
                tuningRuns.Add(await EngineRun.RunAsync(Spec("HYPERPARAMETER_TUNING", round)));
            }

            LightGbmBaseline.Result baseline = baselines[0];
            EngineRun auto = Fastest(autoRuns), tuning = Fastest(tuningRuns);
            foreach (var runs in new[] { autoRuns, tuningRuns })
            {
                if (runs.Select(r => r.Best.ObjectiveValue).Distinct().Count() > 1 || baselines.Select(b => b.F1).Distinct().Count() > 1)
                {
                    Log.Info("  note: the seeded runs did not all reach the same objective: " + string.Join(", ", runs.Select(r => r.Best.ObjectiveValue)));
                }
            }

            string size = $"{rows:N0} × 20, MaxCandidates {maxCandidates}";
            var baselineTime = Figure.Sec(baselines.Min(b => b.Seconds));
            string n = rounds == 1 ? "one run" : $"best of {rounds}";
            string baselineName = $"one default ML.NET LightGBM, same split: load, encode, train, score ({n})";
            return new[]
            {
                new ResultRow(6, $"Local AutoML wall time, {size}, mode AUTO → {auto.Outcome.Mode} ({auto.CompletedCandidates} candidates; {n})", Figure.Sec(auto.Seconds),
                    baselineName, baselineTime),
                new ResultRow(6, "↳ of which training the candidates (in that fastest run)", Figure.Sec(auto.SearchSeconds), "the whole run", Figure.Sec(auto.Seconds)),
                new ResultRow(6, $"↳ of which the explainability report (permutation importance of the best, {auto.Best.Algorithm})", Figure.Sec(auto.ExplainabilitySeconds),
                    "the whole run", Figure.Sec(auto.Seconds)),
                new ResultRow(6, $"Best candidate's F1, the objective, on the {auto.Outcome.ValidationRows:N0} validation rows ({auto.Best.Algorithm})", Figure.Score(auto.Best.ObjectiveValue ?? double.NaN),
                    "default LightGBM's F1 on the same rows", Figure.Score(baseline.F1)),
                new ResultRow(6, "Best candidate's AUC on the same rows (not the objective; threshold-free)", Figure.Score(auto.Best.Metrics.GetValueOrDefault("AUC", double.NaN)),
                    "default LightGBM's AUC", Figure.Score(baseline.Auc)),
                new ResultRow(6, $"Local AutoML wall time, {size}, mode HYPERPARAMETER_TUNING ({tuning.CompletedCandidates} candidates; {n})", Figure.Sec(tuning.Seconds),
                    baselineName, baselineTime),
                new ResultRow(6, $"Best candidate's F1, HYPERPARAMETER_TUNING ({tuning.Best.Algorithm})", Figure.Score(tuning.Best.ObjectiveValue ?? double.NaN),
                    "default LightGBM's F1 on the same rows", Figure.Score(baseline.F1)),
            };
        }

        private static EngineRun Fastest(List<EngineRun> runs) => runs.OrderBy(r => r.Seconds).First();
    }
}
