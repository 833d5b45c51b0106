using System;
using System.Management.Automation;
using AutopilotTools.Client.Errors;
using AutopilotTools.Identity;
using AutopilotTools.Infrastructure;
using AutopilotTools.Model;
using AutopilotTools.Resources;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// Describes AutoML jobs (made with either API) by name or ARN, from parameters or the pipeline: strings, job
    /// objects, or any object with an AutoMLJobName property.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "AutoMLJobV2", DefaultParameterSetName = DescribeSet)]
    [OutputType(typeof(AutoMLJob))]
    public sealed class GetAutoMLJobV2Command : AutopilotCmdlet
    {
        private const string DescribeSet = "Describe";

        /// <summary>Job names or ARNs.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = DescribeSet)]
        [Alias("Name", "AutoMLJobArn")]
        public AutoMLJobIdentity[] AutoMLJobName { get; set; } = Array.Empty<AutoMLJobIdentity>();

        protected override void ProcessRecord()
        {
            foreach (AutoMLJobIdentity job in AutoMLJobName)
            {
                Describe(job);
            }
        }

        private void Describe(AutoMLJobIdentity job)
        {
            if (job.Problem != null)
            {
                WriteError(ErrorRecords.InvalidIdentity(job.Input, job.Problem));
                return;
            }

            try
            {
                var request = new DescribeAutoMLJobV2Request { AutoMLJobName = job.Name };
                WriteObject(new AutoMLJob(Await(SageMaker.DescribeAutoMLJobV2Async(request, CancelToken))));
            }
            catch (ResourceNotFoundException e)
            {
                WriteError(ErrorRecords.Create(e, ErrorIds.AutoMLJobNotFound, ErrorCategory.ObjectNotFound, job.Input, job.Name, Connection.Region));
            }
            catch (Exception e) when (ErrorRecords.IsServiceFailure(e))
            {
                WriteError(ErrorRecords.Service(SageMakerOperations.DescribeAutoMLJobV2, e, job.Input));
            }
        }
    }
}
