using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Tabular;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.LocalAutoML
{
    /// <summary>
    /// The engine tests share one collection: they run one after another (training competes for the two cores, and the
    /// runtime-limit tests measure time), and the three jobs below are trained once for all the tests that read them.
    /// The collection also runs alone, after the parallel ones: with the whole suite beside it, a 4-second runtime
    /// limit could pass before a single candidate finished.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class LocalAutoMLCollection : ICollectionFixture<BinaryJob>, ICollectionFixture<MulticlassJob>, ICollectionFixture<RegressionJob>
    {
        public const string Name = "LocalAutoML";
    }

    /// <summary>A job trained once per test run; the outcome, its files and the time it took.</summary>
    public abstract class TrainedJob : IAsyncLifetime
    {
        private readonly TempDirectory _directory = new TempDirectory();

        internal TempDirectory Directory => _directory;

        public TrainingOutcome Outcome { get; private set; } = null!;

        public List<TrainingProgress> Progress { get; } = new List<TrainingProgress>();

        public TimeSpan Elapsed { get; private set; }

        public TabularJobSpec Spec { get; private set; } = null!;

        protected abstract TabularJobSpec CreateSpec(TempDirectory directory);

        public async Task InitializeAsync()
        {
            Spec = CreateSpec(_directory);
            var watch = Stopwatch.StartNew();
            Outcome = await TabularAutoML.RunAsync(Spec, new SynchronousProgress<TrainingProgress>(Progress.Add));
            Elapsed = watch.Elapsed;
        }

        public Task DisposeAsync()
        {
            _directory.Dispose();
            return Task.CompletedTask;
        }
    }

    /// <summary>Binary churn, 1,000 rows, ENSEMBLING with every algorithm the engine trains; type and objective inferred.</summary>
    public sealed class BinaryJob : TrainedJob
    {
        protected override TabularJobSpec CreateSpec(TempDirectory directory) => new TabularJobSpec
        {
            TrainingPaths = new[] { SyntheticData.Write(directory.Path, "churn.csv", SyntheticData.BinaryHeader, SyntheticData.BinaryRows(1000, seed: 1)) },
            TargetAttributeName = "churn",
            Mode = AutoMLMode.ENSEMBLING,
            Algorithms = new[] { AutoMLAlgorithm.Lightgbm, AutoMLAlgorithm.Xgboost, AutoMLAlgorithm.Randomforest, AutoMLAlgorithm.ExtraTrees, AutoMLAlgorithm.LinearLearner },
            CandidateNamePrefix = "churn",
            OutputDirectory = directory.Combine("out"),
        };
    }

    /// <summary>Three species, 600 rows in two training files, ENSEMBLING with xgboost and randomforest (one-versus-all).</summary>
    public sealed class MulticlassJob : TrainedJob
    {
        protected override TabularJobSpec CreateSpec(TempDirectory directory)
        {
            var rows = SyntheticData.MulticlassRows(600, seed: 2);
            return new TabularJobSpec
            {
                TrainingPaths = new[]
                {
                    SyntheticData.Write(directory.Path, "part-1.csv", SyntheticData.MulticlassHeader, rows.GetRange(0, 300)),
                    SyntheticData.Write(directory.Path, "part-2.csv", SyntheticData.MulticlassHeader, rows.GetRange(300, 300)),
                },
                TargetAttributeName = "species",
                Mode = AutoMLMode.ENSEMBLING,
                Algorithms = new[] { AutoMLAlgorithm.Xgboost, AutoMLAlgorithm.Randomforest },
                OutputDirectory = directory.Combine("out"),
            };
        }
    }

    /// <summary>Prices, 800 rows, HYPERPARAMETER_TUNING with xgboost and linear-learner, four candidates.</summary>
    public sealed class RegressionJob : TrainedJob
    {
        protected override TabularJobSpec CreateSpec(TempDirectory directory) => new TabularJobSpec
        {
            TrainingPaths = new[] { SyntheticData.Write(directory.Path, "prices.csv", SyntheticData.RegressionHeader, SyntheticData.RegressionRows(800, seed: 3)) },
            TargetAttributeName = "price",
            Mode = AutoMLMode.HYPERPARAMETERTUNING,
            MaxCandidates = 4,
            OutputDirectory = directory.Combine("out"),
        };
    }

    /// <summary>Reports on the calling thread, in order (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    internal sealed class SynchronousProgress<T> : IProgress<T>
    {
        private readonly Action<T> _report;

        public SynchronousProgress(Action<T> report) => _report = report;

        public void Report(T value)
        {
            lock (this) _report(value);
        }
    }
}
