using System.Management.Automation;
using AutopilotTools.Model;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// The V1 view of jobs: DescribeAutoMLJob's response shape for scripts written against it (it cannot describe
    /// jobs made with the V2 API; Get-AutoMLJobV2 describes both). Without a name, lists jobs.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "AutoMLJob", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(AutoMLJobV1), ParameterSetName = new[] { DescribeSet })]
    [OutputType(typeof(AutoMLJobSummary), ParameterSetName = new[] { ListSet })]
    public sealed class GetAutoMLJobCommand : JobQueryCmdlet
    {
        protected override string DescribeOperation => SageMakerOperations.DescribeAutoMLJob;

        protected override object Describe(string jobName) =>
            new AutoMLJobV1(Await(SageMaker.DescribeAutoMLJobAsync(new DescribeAutoMLJobRequest { AutoMLJobName = jobName }, CancelToken)));
    }
}
