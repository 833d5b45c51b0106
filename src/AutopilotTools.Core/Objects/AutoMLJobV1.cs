using System;
using AutopilotTools.Model;

namespace AutopilotTools
{
    /// <summary>
    /// A job as the V1 DescribeAutoMLJob tells it, for scripts written against the V1 response shape, with the same
    /// convenience members as <see cref="AutoMLJob"/>. The whole response is in <see cref="Response"/>.
    /// </summary>
    public sealed class AutoMLJobV1
    {
        public AutoMLJobV1(DescribeAutoMLJobResponse response)
        {
            Response = response ?? throw new ArgumentNullException(nameof(response));
        }

        public string? AutoMLJobName => Response.AutoMLJobName;

        public string? AutoMLJobArn => Response.AutoMLJobArn;

        public string? AutoMLJobStatus => Response.AutoMLJobStatus;

        public string? AutoMLJobSecondaryStatus => Response.AutoMLJobSecondaryStatus;

        /// <summary>The resolved problem type once Autopilot has analysed the data, else the one asked for.</summary>
        public string? ProblemType => Response.ResolvedAttributes?.ProblemType ?? Response.ProblemType;

        public string? ObjectiveMetric => Response.AutoMLJobObjective?.MetricName ?? Response.ResolvedAttributes?.AutoMLJobObjective?.MetricName;

        public string? BestCandidateName => Response.BestCandidate?.CandidateName;

        public double? BestObjectiveValue => Response.BestCandidate?.FinalAutoMLJobObjectiveMetric?.Value;

        public DateTime? CreationTime => Response.CreationTime;

        public DateTime? EndTime => Response.EndTime;

        public DateTime? LastModifiedTime => Response.LastModifiedTime;

        public TimeSpan? Elapsed => JobStatus.Elapsed(CreationTime, EndTime);

        public string? FailureReason => Response.FailureReason;

        public bool IsFinished => JobStatus.IsTerminal(AutoMLJobStatus);

        public DescribeAutoMLJobResponse Response { get; }

        public override string ToString() => AutoMLJobName ?? string.Empty;
    }
}
