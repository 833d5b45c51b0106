using System;
using System.Threading;
using AutopilotTools.Catalog;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Problems
{
    /// <summary>
    /// A job's stop and its <c>MaxAutoMLJobRuntimeInSeconds</c> as one token, the limit on the job's clock. The work
    /// checks it between batches and models; a limit reached before the candidate is saved ends the job with
    /// MaxAutoMLJobRuntimeReached and no candidate, as Autopilot ends a job out of time with none completed.
    /// </summary>
    public sealed class RuntimeLimit : IDisposable
    {
        private readonly CancellationTokenSource? _timer;
        private readonly CancellationTokenSource _linked;

        /// <summary>The limit of <paramref name="request"/>'s completion criteria on <paramref name="clock"/>, joined with <paramref name="stop"/>.</summary>
        public RuntimeLimit(DescribeAutoMLJobV2Response request, TimeProvider clock, CancellationToken stop)
        {
            Seconds = ProblemTypeConfigs.CompletionCriteriaOf(request.AutoMLProblemTypeConfig)?.MaxAutoMLJobRuntimeInSeconds;
            _timer = Seconds is int seconds ? new CancellationTokenSource(TimeSpan.FromSeconds(seconds), clock) : null;
            _linked = _timer == null ? CancellationTokenSource.CreateLinkedTokenSource(stop) : CancellationTokenSource.CreateLinkedTokenSource(stop, _timer.Token);
        }

        /// <summary>MaxAutoMLJobRuntimeInSeconds, or null when the job has none.</summary>
        public int? Seconds { get; }

        /// <summary>Cancelled when the job is stopped or its time runs out.</summary>
        public CancellationToken Token => _linked.Token;

        /// <summary>Whether the time ran out (rather than the job being stopped).</summary>
        public bool Reached => _timer?.IsCancellationRequested == true;

        /// <summary>
        /// The outcome of a job whose time ran out before its one candidate was trained: MaxAutoMLJobRuntimeReached, no
        /// candidate, the reason, and the data exploration report if it was written (else one saying why there is none).
        /// </summary>
        public TrainingOutcome OutOfTime(string problemType, string objectiveMetric, string outputDirectory, ReportFiles? dataReport) => new TrainingOutcome
        {
            ProblemType = problemType,
            ObjectiveMetric = objectiveMetric,
            ObjectiveType = ObjectiveMetrics.ObjectiveType(objectiveMetric),
            MaxCandidates = 1,
            SecondaryStatus = AutoMLJobSecondaryStatus.MaxAutoMLJobRuntimeReached,
            FailureReason = $"MaxAutoMLJobRuntimeInSeconds ({Seconds} s) ran out before the candidate finished training.",
            DataExplorationReport = dataReport ?? Reports.ReportWriter.Write(System.IO.Path.Combine(outputDirectory, "reports"), "data-exploration",
                new System.Text.Json.Nodes.JsonObject { ["problemType"] = problemType, ["note"] = "The job ran out of time before its data was read." },
                new Reports.HtmlReport($"{problemType} data exploration").Paragraph("The job ran out of time before its data was read.")),
        };

        /// <inheritdoc />
        public void Dispose()
        {
            _linked.Dispose();
            _timer?.Dispose();
        }
    }
}
