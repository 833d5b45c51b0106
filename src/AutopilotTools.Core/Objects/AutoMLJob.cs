using System;
using AutopilotTools.Model;

namespace AutopilotTools
{
    /// <summary>
    /// An Autopilot job as DescribeAutoMLJobV2 tells it (jobs made by either API), with the members people look at
    /// first brought to the top: status, problem type whatever the API version, the objective and the best value so
    /// far, and how long it has run. The whole response is in <see cref="Response"/>.
    /// </summary>
    public sealed class AutoMLJob : DescribedAutoMLJob
    {
        public AutoMLJob(DescribeAutoMLJobV2Response response)
            : base(response ?? throw new ArgumentNullException(nameof(response))) => Response = response;

        /// <summary>The problem type config (Tabular, TimeSeriesForecasting, …).</summary>
        public string? ProblemTypeConfigName => Response.AutoMLProblemTypeConfigName;

        /// <summary>
        /// For tabular jobs the resolved problem type (BinaryClassification, MulticlassClassification, Regression)
        /// once known, else the one asked for; for other jobs the problem type config name.
        /// </summary>
        public string? ProblemType =>
            Response.ResolvedAttributes?.AutoMLProblemTypeResolvedAttributes?.TabularResolvedAttributes?.ProblemType
            ?? Response.AutoMLProblemTypeConfig?.TabularJobConfig?.ProblemType
            ?? Response.AutoMLProblemTypeConfigName;

        /// <summary>The objective metric, as asked for or as Autopilot chose it.</summary>
        public string? ObjectiveMetric => Response.AutoMLJobObjective?.MetricName ?? Response.ResolvedAttributes?.AutoMLJobObjective?.MetricName;

        public DescribeAutoMLJobV2Response Response { get; }
    }

    /// <summary>What job statuses and times mean for someone watching a job.</summary>
    public static class JobStatus
    {
        public static bool IsTerminal(string? status) =>
            status == Model.AutoMLJobStatus.Completed || status == Model.AutoMLJobStatus.Failed || status == Model.AutoMLJobStatus.Stopped;

        /// <summary>Time from start to end, or to now while the job runs.</summary>
        public static TimeSpan? Elapsed(DateTime? start, DateTime? end) =>
            start.HasValue ? (end ?? DateTime.UtcNow) - start.Value : (TimeSpan?)null;
    }
}
