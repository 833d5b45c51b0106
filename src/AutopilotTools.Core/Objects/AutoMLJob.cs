using System;
using AutopilotTools.Model;

namespace AutopilotTools
{
    /// <summary>
    /// An Autopilot job as DescribeAutoMLJobV2 tells it (jobs made by either API), with the members people look at
    /// first brought to the top: status, problem type whatever the API version, the objective and the best value so
    /// far, and how long it has run. The whole response is in <see cref="Response"/>.
    /// </summary>
    public sealed class AutoMLJob
    {
        public AutoMLJob(DescribeAutoMLJobV2Response response)
        {
            Response = response ?? throw new ArgumentNullException(nameof(response));
        }

        public string? AutoMLJobName => Response.AutoMLJobName;

        public string? AutoMLJobArn => Response.AutoMLJobArn;

        public string? AutoMLJobStatus => Response.AutoMLJobStatus;

        public string? AutoMLJobSecondaryStatus => Response.AutoMLJobSecondaryStatus;

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
        public string? ObjectiveMetric =>
            Response.AutoMLJobObjective?.MetricName ?? Response.ResolvedAttributes?.AutoMLJobObjective?.MetricName;

        public string? BestCandidateName => Response.BestCandidate?.CandidateName;

        public double? BestObjectiveValue => Response.BestCandidate?.FinalAutoMLJobObjectiveMetric?.Value;

        public DateTime? CreationTime => Response.CreationTime;

        public DateTime? EndTime => Response.EndTime;

        public DateTime? LastModifiedTime => Response.LastModifiedTime;

        /// <summary>Run time so far, or in all once the job has ended.</summary>
        public TimeSpan? Elapsed => JobStatus.Elapsed(CreationTime, EndTime);

        public string? FailureReason => Response.FailureReason;

        /// <summary>True once the job is Completed, Failed or Stopped: nothing about it will change any more.</summary>
        public bool IsFinished => JobStatus.IsTerminal(AutoMLJobStatus);

        public DescribeAutoMLJobV2Response Response { get; }

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
    }
}
