using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Catalog;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Local.AutoML.Reports;
using AutopilotTools.Local.AutoML.Tabular.Search;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Pretrained.Classification
{
    /// <summary>
    /// What text and image classification jobs do alike: report their stages, compare models on the validation rows
    /// and keep the most accurate as the job's one candidate, and write the reports. Ties go to the model compared
    /// first: the problem types list the pretrained encoders' models first, because a validation split drawn from the
    /// training data shares its vocabulary and cannot show what an encoder adds on words the training never saw.
    /// The objective is the catalog's default for the problem type (Accuracy, the only one the API allows for these).
    /// </summary>
    internal sealed class ClassificationJob
    {
        private readonly JobInput _input;
        private readonly IProgress<TrainingProgress>? _progress;
        private readonly string _configName;

        public ClassificationJob(JobInput input, string configName, IProgress<TrainingProgress>? progress)
        {
            _input = input;
            _configName = configName;
            _progress = progress;
            Directory.CreateDirectory(input.OutputDirectory);
        }

        public ResolvedObjective Objective => new ResolvedObjective(ObjectiveMetric, ObjectiveMetrics.ObjectiveType(ObjectiveMetric), _configName);

        private string ObjectiveMetric => ObjectiveMetrics.DefaultFor(_configName)!;

        public DescribeAutoMLJobV2Response Request => _input.Request;

        public DateTimeOffset Now => _input.Clock.GetUtcNow();

        public void Stage(string secondaryStatus, string message) =>
            _progress?.Report(new TrainingProgress(secondaryStatus, message, Array.Empty<CandidateResult>(), null, Objective));

        /// <summary>The validation channel's examples, or a share of the training examples when there is none.</summary>
        public (LabelledExamples<T> Training, LabelledExamples<T> Validation) Split<T>(
            IReadOnlyList<(T Input, string Label)> training, IReadOnlyList<(T Input, string Label)> validation)
        {
            if (validation.Count > 0)
            {
                return LabelledExamples<T>.Index(training, validation);
            }

            (LabelledExamples<T> all, _) = LabelledExamples<T>.Index(training, Array.Empty<(T, string)>());
            (int[] train, int[] held) = ValidationSplit.Split(all.Classes, Request.DataSplitConfig?.ValidationFraction);
            return (all.Subset(train), all.Subset(held));
        }

        /// <exception cref="AutoMLDataException">Fewer than two labels, or no validation rows.</exception>
        /// <param name="training">The training examples.</param>
        /// <param name="validation">The validation examples.</param>
        /// <param name="layout">How the data names labels, for the message (e.g. "one folder per label").</param>
        public static void RequireTrainable<T>(LabelledExamples<T> training, LabelledExamples<T> validation, string layout)
        {
            if (training.Labels.Count < 2)
            {
                throw new AutoMLDataException($"ClientError: A classifier needs examples of at least two labels ({layout}); the data has {training.Labels.Count} ({string.Join(", ", training.Labels)}).");
            }

            if (validation.Count == 0)
            {
                throw new AutoMLDataException("ClientError: There are too few examples to hold some out for validation: give every label at least two, or a validation channel.");
            }
        }

        public ComparedModel Compare(string algorithm, string description, string trainer, IReadOnlyDictionary<string, string> hyperparameters, double[][] probabilities, IReadOnlyList<int> truth) =>
            new ComparedModel(algorithm, description, trainer, hyperparameters, probabilities, ClassificationMetrics.Compute(probabilities, truth));

        public static ComparedModel Best(IReadOnlyList<ComparedModel> compared) =>
            compared.OrderByDescending(c => c.Accuracy).First();

        public string ModelDirectory(string algorithm) => Path.Combine(_input.OutputDirectory, "models", algorithm);

        /// <summary>The data exploration report once written; the out-of-time outcome carries it, or a placeholder.</summary>
        private ReportFiles? _dataReport;

        /// <summary>
        /// Runs a job's training under its runtime limit: out of time (not stopped), the job ends MaxAutoMLJobRuntimeReached
        /// with no candidate and the reason; stopped, the cancellation goes on to the server.
        /// </summary>
        public async Task<TrainingOutcome> RunAsync(CancellationToken stop, Func<CancellationToken, Task<TrainingOutcome>> train)
        {
            using var limit = new RuntimeLimit(_input.Request, _input.Clock, stop);
            try
            {
                return await train(limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (limit.Reached && !stop.IsCancellationRequested)
            {
                return limit.OutOfTime(_configName, ObjectiveMetric, _input.OutputDirectory, _dataReport);
            }
        }

        /// <summary>
        /// Trains the job's one candidate (encoding, heads, choice, saving: <paramref name="train"/>, called once the
        /// data is read) under MaxRuntimePerTrainingJobInSeconds, which for V2 jobs limits the job candidate. Over it
        /// the training is stopped, the candidate fails as the tabular engine's do, and so does the job, having no
        /// other candidate.
        /// </summary>
        /// <param name="algorithm">What the candidate is named after when it fails before a model is chosen.</param>
        /// <param name="trainer">What trains it, for its training job.</param>
        /// <param name="job">The job's token.</param>
        /// <param name="train">The candidate's training, ending in <see cref="Finish"/>.</param>
        public async Task<TrainingOutcome> CandidateAsync(string algorithm, string trainer, CancellationToken job, Func<CancellationToken, TrainingOutcome> train)
        {
            DateTimeOffset started = Now;
            using var limit = new CandidateRuntimeLimit(CandidateRuntimeLimit.Of(Request), _input.Clock, job);
            try
            {
                return await limit.RunAsync(train).ConfigureAwait(false);
            }
            catch (Exception) when (limit.Reached)
            {
                var candidate = new CandidateResult(new CandidateNamer(Request.AutoMLJobName).Name(algorithm, 1), algorithm, trainer, new Dictionary<string, string>())
                {
                    Status = CandidateStatus.Failed,
                    FailureReason = limit.FailureReason,
                    StartTime = started,
                    EndTime = Now,
                };
                TrainingOutcome outcome = OutcomeOf(candidate);
                outcome.SecondaryStatus = AutoMLJobSecondaryStatus.Failed;
                outcome.FailureReason = CandidateRuntimeLimit.NoneCompleted(new[] { candidate });
                outcome.DataExplorationReport = _dataReport!;
                return outcome;
            }
        }

        public ReportFiles DataExploration<T>(LabelledExamples<T> training, LabelledExamples<T> validation, IReadOnlyList<(string Name, string Value)> facts)
        {
            int[] trainingCounts = training.CountsPerLabel(), validationCounts = validation.CountsPerLabel();
            var labels = new JsonArray();
            for (int k = 0; k < training.Labels.Count; k++)
            {
                labels.Add(new JsonObject { ["label"] = training.Labels[k], ["training"] = trainingCounts[k], ["validation"] = validationCounts[k] });
            }

            var json = new JsonObject
            {
                ["problemType"] = _configName,
                ["trainingRows"] = training.Count,
                ["validationRows"] = validation.Count,
                ["labels"] = labels,
                ["facts"] = new JsonObject(facts.Select(f => KeyValuePair.Create(f.Name, (JsonNode?)JsonValue.Create(f.Value)))),
            };
            var html = new HtmlReport($"{_configName} data exploration")
                .Heading("Data")
                .Paragraph($"{training.Count} training and {validation.Count} validation examples of {training.Labels.Count} labels.")
                .List(facts.Select(f => $"{f.Name}: {f.Value}"))
                .Heading("Labels")
                .Table(new[] { "Label", "Training", "Validation" },
                    training.Labels.Select((l, k) => (IReadOnlyList<string>)new[] { l, Count(trainingCounts[k]), Count(validationCounts[k]) }));
            _dataReport = ReportWriter.Write(Path.Combine(_input.OutputDirectory, "reports"), "data-exploration", json, html);
            return _dataReport;
        }

        /// <summary>Builds the job's outcome around its one candidate, the best of <paramref name="compared"/>, saved in <paramref name="modelDirectory"/>.</summary>
        public TrainingOutcome Finish(
            IReadOnlyList<ComparedModel> compared,
            ComparedModel chosen,
            string modelDirectory,
            IReadOnlyList<string> labels,
            IReadOnlyList<int> validationTruth,
            DateTimeOffset started,
            ReportFiles dataExploration,
            IReadOnlyList<string> notes,
            int trainingRows)
        {
            Stage(AutoMLJobSecondaryStatus.GeneratingModelInsightsReport, "Writing the model insights report.");
            var candidate = new CandidateResult(new CandidateNamer(_input.Request.AutoMLJobName).Name(chosen.Algorithm, 1), chosen.Algorithm, chosen.Trainer, chosen.Hyperparameters)
            {
                Status = CandidateStatus.Completed,
                ObjectiveValue = chosen.Accuracy,
                Metrics = new Dictionary<string, double>(chosen.Metrics),
                ModelDirectory = modelDirectory,
                ModelPath = Path.Combine(modelDirectory, ProblemTypeRegistry.SidecarFile),
                StartTime = started,
                EndTime = Now,
            };
            _progress?.Report(new TrainingProgress(AutoMLJobSecondaryStatus.GeneratingModelInsightsReport, $"{candidate.Name} completed.", new[] { candidate }, null, Objective));
            TrainingOutcome outcome = OutcomeOf(candidate);
            outcome.BestCandidate = candidate;
            outcome.SecondaryStatus = AutoMLJobSecondaryStatus.Completed;
            outcome.DataExplorationReport = dataExploration;
            outcome.ModelInsightsReport = ModelInsights(compared, chosen, labels, validationTruth);
            outcome.Notes = notes;
            outcome.TrainingRows = trainingRows;
            outcome.ValidationRows = validationTruth.Count;
            return outcome;
        }

        /// <summary>The outcome of a job whose one candidate is <paramref name="candidate"/>, completed or not.</summary>
        private TrainingOutcome OutcomeOf(CandidateResult candidate) => new TrainingOutcome
        {
            ProblemType = _configName,
            ObjectiveMetric = Objective.MetricName,
            ObjectiveType = Objective.ObjectiveType,
            Algorithms = new[] { candidate.Algorithm },
            MaxCandidates = 1,
            Candidates = new[] { candidate },
        };

        private ReportFiles ModelInsights(IReadOnlyList<ComparedModel> compared, ComparedModel chosen, IReadOnlyList<string> labels, IReadOnlyList<int> truth)
        {
            int[][] confusion = ClassificationMetrics.Confusion(chosen.Probabilities, truth, labels.Count);
            var json = new JsonObject
            {
                ["problemType"] = _configName,
                ["chosen"] = chosen.Algorithm,
                ["compared"] = new JsonArray(compared.Select(c => (JsonNode?)new JsonObject
                {
                    ["algorithm"] = c.Algorithm,
                    ["description"] = c.Description,
                    ["metrics"] = new JsonObject(c.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => KeyValuePair.Create(m.Key, ReportWriter.Number(m.Value)))),
                }).ToArray()),
                ["labels"] = new JsonArray(labels.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
                ["confusionMatrix"] = new JsonArray(confusion.Select(row => (JsonNode?)new JsonArray(row.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray())).ToArray()),
            };
            var html = new HtmlReport($"{_configName} model insights")
                .Heading("Models compared on the validation rows")
                .Paragraph($"The job keeps one candidate, as the API allows for {_configName}: {chosen.Algorithm}, the most accurate (ties go to the model listed first).")
                .Table(new[] { "Model", "What it is", "Accuracy", "Log loss" },
                    compared.Select(c => (IReadOnlyList<string>)new[] { c.Algorithm, c.Description, Number(c.Accuracy), Number(c.LogLoss) }))
                .Heading("Confusion matrix (rows: true label; columns: predicted)")
                .Table(new[] { "" }.Concat(labels).ToArray(),
                    confusion.Select((row, k) => (IReadOnlyList<string>)new[] { labels[k] }.Concat(row.Select(Count)).ToArray()));
            return ReportWriter.Write(Path.Combine(_input.OutputDirectory, "reports"), "model-insights", json, html);
        }

        private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
    }
}
