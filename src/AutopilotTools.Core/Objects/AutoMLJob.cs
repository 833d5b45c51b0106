using System;
using AutopilotTools.Model;

namespace AutopilotTools
{
    /// <summary>
    /// An Autopilot job as DescribeAutoMLJobV2 tells it (jobs made by either API): every member of the response
    /// under its API name ($job.BestCandidate, $job.AutoMLProblemTypeConfig, $job.ResolvedAttributes, …), and beside
    /// them the members people look at first: the problem type whatever the API version, the objective and the best
    /// value so far, and how long it has run.
    /// </summary>
    public sealed class AutoMLJob : DescribeAutoMLJobV2Response
    {
        /// <summary>An empty job, for deserializers; the cmdlets write jobs made from a response.</summary>
        public AutoMLJob()
        {
        }

        public AutoMLJob(DescribeAutoMLJobV2Response response) =>
            ModelCopy.Members(response ?? throw new ArgumentNullException(nameof(response)), this);

        /// <summary>
        /// For tabular jobs the resolved problem type (BinaryClassification, MulticlassClassification, Regression)
        /// once known, else the one asked for; for other jobs the problem type config name.
        /// </summary>
        public string? ProblemType =>
            ResolvedAttributes?.AutoMLProblemTypeResolvedAttributes?.TabularResolvedAttributes?.ProblemType
            ?? AutoMLProblemTypeConfig?.TabularJobConfig?.ProblemType
            ?? AutoMLProblemTypeConfigName;

        /// <summary>The objective metric, as asked for or as Autopilot chose it.</summary>
        public string? ObjectiveMetric => AutoMLJobObjective?.MetricName ?? ResolvedAttributes?.AutoMLJobObjective?.MetricName;

        public string? BestCandidateName => BestCandidate?.CandidateName;

        public double? BestObjectiveValue => BestCandidate?.FinalAutoMLJobObjectiveMetric?.Value;

        /// <summary>Seconds from creation to the end, or to now while it runs (a number, which ConvertTo-Json writes as one).</summary>
        public double? ElapsedSeconds => JobStatus.ElapsedSeconds(CreationTime, EndTime);

        /// <summary>True once the job is Completed, Failed or Stopped: nothing about it will change any more.</summary>
        public bool IsFinished => JobStatus.IsTerminal(AutoMLJobStatus);

        public override string ToString() => AutoMLJobName ?? string.Empty;
    }

    /// <summary>What job statuses and times mean for someone watching a job.</summary>
    public static class JobStatus
    {
        public static bool IsTerminal(string? status) =>
            status == Model.AutoMLJobStatus.Completed || status == Model.AutoMLJobStatus.Failed || status == Model.AutoMLJobStatus.Stopped;

        /// <summary>Time from start to end, or to now while the job runs.</summary>
        public static TimeSpan? Elapsed(DateTime? start, DateTime? end) =>
            start.HasValue ? (end ?? DateTime.UtcNow) - start.Value : (TimeSpan?)null;

        /// <summary>As <see cref="Elapsed"/>, in seconds to the millisecond.</summary>
        public static double? ElapsedSeconds(DateTime? start, DateTime? end) =>
            Elapsed(start, end) is TimeSpan span ? Math.Round(span.TotalSeconds, 3) : (double?)null;
    }
}
