using System;
using System.Management.Automation;
using AutopilotTools.Identity;
using AutopilotTools.Infrastructure;
using AutopilotTools.Model;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// Stops running AutoML jobs. Candidates already trained are kept; the job goes to Stopping, then Stopped.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "AutoMLJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(AutoMLJob))]
    public sealed class StopAutoMLJobCommand : AutopilotCmdlet
    {
        /// <summary>Job names or ARNs (or job, summary or candidate objects from the pipeline).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Name", "AutoMLJobArn")]
        [ArgumentCompleter(typeof(AutoMLJobNameCompleter))]
        public AutoMLJobIdentity[] AutoMLJobName { get; set; } = Array.Empty<AutoMLJobIdentity>();

        /// <summary>Write each job, described after the stop request.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            foreach (AutoMLJobIdentity job in AutoMLJobName)
            {
                if (job.Problem == null && !ShouldProcess(job.Name, "Stop AutoML job"))
                {
                    continue;
                }

                ForJob(job, SageMakerOperations.StopAutoMLJob, name =>
                {
                    Await(SageMaker.StopAutoMLJobAsync(new StopAutoMLJobRequest { AutoMLJobName = name }, CancelToken));
                    if (PassThru)
                    {
                        WriteApiObject(new AutoMLJob(Await(SageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = name }, CancelToken))));
                    }
                });
            }
        }
    }
}
