using System;
using AutopilotTools.Model;

namespace AutopilotTools
{
    /// <summary>
    /// A job as the V1 DescribeAutoMLJob tells it, for scripts written against the V1 response shape, with the same
    /// convenience members as <see cref="AutoMLJob"/>. The whole response is in <see cref="Response"/>.
    /// </summary>
    public sealed class AutoMLJobV1 : DescribedAutoMLJob
    {
        public AutoMLJobV1(DescribeAutoMLJobResponse response)
            : base(response ?? throw new ArgumentNullException(nameof(response))) => Response = response;

        /// <summary>The resolved problem type once Autopilot has analysed the data, else the one asked for.</summary>
        public string? ProblemType => Response.ResolvedAttributes?.ProblemType ?? Response.ProblemType;

        public string? ObjectiveMetric => Response.AutoMLJobObjective?.MetricName ?? Response.ResolvedAttributes?.AutoMLJobObjective?.MetricName;

        public DescribeAutoMLJobResponse Response { get; }
    }
}
