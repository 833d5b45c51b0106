using System;
using System.Management.Automation;
using AutopilotTools.Identity;
using AutopilotTools.Infrastructure;
using AutopilotTools.Model;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// Stops running batch transform jobs. The job goes to Stopping, then Stopped; the .out objects already written
    /// stay under its output path.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "AutoMLBatchTransform", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(DescribeTransformJobResponse))]
    public sealed class StopAutoMLBatchTransformCommand : AutopilotCmdlet
    {
        /// <summary>Transform job names or ARNs (or transform job objects from the pipeline).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Name", "TransformJobArn")]
        [ArgumentCompleter(typeof(TransformJobNameCompleter))]
        public TransformJobIdentity[] TransformJobName { get; set; } = Array.Empty<TransformJobIdentity>();

        /// <summary>Write each job, described after the stop request.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            foreach (TransformJobIdentity job in TransformJobName)
            {
                if (job.Problem == null && !ShouldProcess(job.Name, "Stop batch transform job"))
                {
                    continue;
                }

                ForTransformJob(job, SageMakerOperations.StopTransformJob, name =>
                {
                    Await(SageMaker.StopTransformJobAsync(new StopTransformJobRequest { TransformJobName = name }, CancelToken));
                    if (PassThru)
                    {
                        WriteApiObject(Await(SageMaker.DescribeTransformJobAsync(new DescribeTransformJobRequest { TransformJobName = name }, CancelToken)));
                    }
                });
            }
        }
    }
}
