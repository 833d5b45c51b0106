using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML.Tabular.Algorithms;
using AutopilotTools.Local.AutoML.Tabular.Search;

namespace AutopilotTools.Local.AutoML.Tabular
{
    /// <summary>
    /// The local Autopilot training engine for tabular data: CSV files in; candidates (ML.NET models with sidecars),
    /// their metrics and the reports out.
    /// <para>Problem type, when not given, is inferred from the target: two distinct values → BinaryClassification;
    /// any non-numeric value → MulticlassClassification; whole numbers with at most 1,000 distinct values that are at
    /// most 10% of the rows (5% above 1,000 rows) → MulticlassClassification; other numbers → Regression.</para>
    /// <para>Mode AUTO resolves to ENSEMBLING under 100 MB of training data, HYPERPARAMETER_TUNING above.
    /// ENSEMBLING trains each algorithm once with its defaults, then an ensemble averaging the best three;
    /// HYPERPARAMETER_TUNING runs a seeded random search, algorithms taking turns.</para>
    /// </summary>
    public static class TabularAutoML
    {
        /// <summary>
        /// Every Autopilot tabular algorithm with what trains it locally, or why it is refused.
        /// </summary>
        public static IReadOnlyList<AlgorithmSupport> Algorithms => AlgorithmCatalog.Table;

        /// <summary>
        /// Checks a specification without reading data: call it when the job is created, so unsupported algorithms and
        /// inconsistent settings are refused up front.
        /// </summary>
        /// <exception cref="AutoMLValidationException">Everything wrong with the specification, in one message.</exception>
        public static void Validate(TabularJobSpec spec) => SpecValidator.Validate(spec);

        /// <summary>
        /// Runs a job: analyses the data, featurizes it, trains candidates until the candidate budget, a runtime limit
        /// or cancellation stops the search, then writes the reports for the best candidate.
        /// </summary>
        /// <param name="spec">What to train.</param>
        /// <param name="progress">Receives the secondary status and the finished candidates as the job moves on.</param>
        /// <param name="cancellationToken">
        /// Stops the job promptly (between trainings, inside trainings that read their data through the engine, and by
        /// no longer waiting for one that does not). Not an error: the outcome has status Stopped and keeps the
        /// finished candidates.
        /// </param>
        /// <exception cref="AutoMLValidationException">The specification is invalid (see <see cref="Validate"/>).</exception>
        /// <exception cref="AutoMLDataException">The data cannot be trained on; the message is the job's failure reason.</exception>
        public static Task<TrainingOutcome> RunAsync(TabularJobSpec spec, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            Validate(spec);
            return new JobRun(spec, progress).RunAsync(cancellationToken);
        }
    }
}
