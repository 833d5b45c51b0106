using System;
using AutopilotTools.Model;

namespace AutopilotTools
{
    /// <summary>
    /// A job as the V1 DescribeAutoMLJob tells it, for scripts written against the V1 response shape: every member of
    /// the response under its API name, with the same convenience members as <see cref="AutoMLJob"/>. Here
    /// ProblemType is the API's member (the problem type asked for); <see cref="ResolvedProblemType"/> is the one
    /// Autopilot settled on.
    /// </summary>
    public sealed class AutoMLJobV1 : DescribeAutoMLJobResponse
    {
        /// <summary>An empty job, for deserializers; the cmdlets write jobs made from a response.</summary>
        public AutoMLJobV1()
        {
        }

        public AutoMLJobV1(DescribeAutoMLJobResponse response) =>
            ModelCopy.Members(response ?? throw new ArgumentNullException(nameof(response)), this);

        /// <summary>The resolved problem type once Autopilot has analysed the data, else the one asked for.</summary>
        public string? ResolvedProblemType => ResolvedAttributes?.ProblemType ?? ProblemType;

        /// <summary>The objective metric, as asked for or as Autopilot chose it.</summary>
        public string? ObjectiveMetric => AutoMLJobObjective?.MetricName ?? ResolvedAttributes?.AutoMLJobObjective?.MetricName;

        public string? BestCandidateName => BestCandidate?.CandidateName;

        public double? BestObjectiveValue => BestCandidate?.FinalAutoMLJobObjectiveMetric?.Value;

        /// <summary>Seconds from creation to the end, or to now while it runs (a number, which ConvertTo-Json writes as one).</summary>
        public double? ElapsedSeconds => JobStatus.ElapsedSeconds(CreationTime, EndTime);

        /// <summary>True once the job is Completed, Failed or Stopped.</summary>
        public bool IsFinished => JobStatus.IsTerminal(AutoMLJobStatus);

        public override string ToString() => AutoMLJobName ?? string.Empty;
    }
}
