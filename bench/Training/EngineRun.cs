using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using AutopilotTools.Bench.Harness;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Tabular;

namespace AutopilotTools.Bench.Training
{
    /// <summary>
    /// One timed run of the local AutoML engine, with the time of each stage it reports (the job's secondary
    /// statuses), so the table can say where the wall time went.
    /// </summary>
    internal sealed class EngineRun : IProgress<TrainingProgress>
    {
        private readonly Stopwatch _clock = new Stopwatch();
        private readonly Dictionary<string, double> _stageStarts = new Dictionary<string, double>(StringComparer.Ordinal);
        private int _reported;

        private EngineRun()
        {
        }

        public TrainingOutcome Outcome { get; private set; } = null!;

        public double Seconds { get; private set; }

        /// <summary>From the first candidate's training to the last one's end (ensemble included).</summary>
        public double SearchSeconds => Between("TrainingModels", "ModelTuning", "GeneratingExplainabilityReport");

        /// <summary>Permutation feature importance of the best candidate on the validation rows.</summary>
        public double ExplainabilitySeconds => Between("GeneratingExplainabilityReport", null, "GeneratingModelInsightsReport");

        public CandidateResult Best => Outcome.BestCandidate ?? throw new InvalidOperationException($"No candidate completed: {Outcome.FailureReason}");

        public int CompletedCandidates => Outcome.Candidates.Count(c => c.Status == "Completed");

        public static async Task<EngineRun> RunAsync(TabularJobSpec spec)
        {
            var run = new EngineRun();
            run._clock.Start();
            run.Outcome = await TabularAutoML.RunAsync(spec, run);
            run.Seconds = run._clock.Elapsed.TotalSeconds;
            Log.Info($"  engine ({spec.Mode} → {run.Outcome.Mode}): {run.Seconds:0.0} s; stages from the start: " +
                string.Join(", ", run._stageStarts.Select(s => $"{s.Key} {s.Value:0.0} s")) + $"; best {run.Best}");
            return run;
        }

        public void Report(TrainingProgress value)
        {
            _stageStarts.TryAdd(value.SecondaryStatus, _clock.Elapsed.TotalSeconds);
            foreach (CandidateResult candidate in value.Candidates.Skip(_reported))
            {
                Log.Info($"  engine at {_clock.Elapsed.TotalSeconds:0.0} s: {candidate} trained in {candidate.TrainingTime.TotalSeconds:0.0} s");
            }

            _reported = Math.Max(_reported, value.Candidates.Count);
        }

        private double Between(string start, string? alternativeStart, string end)
        {
            double from = _stageStarts.TryGetValue(start, out double s) ? s
                : alternativeStart != null && _stageStarts.TryGetValue(alternativeStart, out double a) ? a : double.NaN;
            return _stageStarts.TryGetValue(end, out double to) ? to - from : double.NaN;
        }
    }
}
