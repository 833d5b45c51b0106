using System.Management.Automation;
using AutopilotTools.Model;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// Describes AutoML jobs (made with either API) by name or ARN, from parameters or the pipeline: strings, job
    /// objects, or any object with an AutoMLJobName property. Without a name, lists jobs.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "AutoMLJobV2", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(AutoMLJob), ParameterSetName = new[] { DescribeSet })]
    [OutputType(typeof(AutoMLJobSummary), ParameterSetName = new[] { ListSet })]
    public sealed class GetAutoMLJobV2Command : JobQueryCmdlet
    {
        protected override string DescribeOperation => SageMakerOperations.DescribeAutoMLJobV2;

        protected override object Describe(string jobName) =>
            new AutoMLJob(Await(SageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = jobName }, CancelToken)));
    }
}
