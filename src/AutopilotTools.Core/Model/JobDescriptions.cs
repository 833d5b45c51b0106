using System;
using System.Collections.Generic;

namespace AutopilotTools.Model
{
    /// <summary>
    /// What every description of a job has, whichever API and operation wrote it (DescribeAutoMLJobV2,
    /// DescribeAutoMLJob, a ListAutoMLJobs entry): the generated classes carry these members under the same names and
    /// types, so they implement this by name.
    /// </summary>
    public interface IAutoMLJobStatus
    {
        string? AutoMLJobName { get; }

        string? AutoMLJobArn { get; }

        string? AutoMLJobStatus { get; }

        string? AutoMLJobSecondaryStatus { get; }

        DateTime? CreationTime { get; }

        DateTime? EndTime { get; }

        DateTime? LastModifiedTime { get; }

        string? FailureReason { get; }

        List<AutoMLPartialFailureReason>? PartialFailureReasons { get; }
    }

    /// <summary>The members both describe operations add: the objective asked for and the best candidate so far.</summary>
    public interface IAutoMLJobDescription : IAutoMLJobStatus
    {
        AutoMLJobObjective? AutoMLJobObjective { get; }

        AutoMLCandidate? BestCandidate { get; }
    }

    public partial class DescribeAutoMLJobV2Response : IAutoMLJobDescription
    {
    }

    public partial class DescribeAutoMLJobResponse : IAutoMLJobDescription
    {
    }

    public partial class AutoMLJobSummary : IAutoMLJobStatus
    {
    }
}
