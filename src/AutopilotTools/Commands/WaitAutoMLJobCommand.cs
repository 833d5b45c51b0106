using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using AutopilotTools.Identity;
using AutopilotTools.Infrastructure;
using AutopilotTools.Resources;
using AutopilotTools.Waiting;
using AutopilotTools.Client.Errors;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// Waits for AutoML jobs to finish and writes each job, described, as it finishes. Failed jobs are errors
    /// carrying the failure reasons; stopped jobs are warnings (errors with -ErrorOnStopped). A timeout reports every
    /// unfinished job and leaves it running; so does Ctrl+C, within a second.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Wait, "AutoMLJob")]
    [OutputType(typeof(AutoMLJob))]
    public sealed class WaitAutoMLJobCommand : AutopilotCmdlet
    {
        private readonly List<AutoMLJobIdentity> _jobs = new List<AutoMLJobIdentity>();

        /// <summary>Jobs: names, ARNs, or job, summary or candidate objects from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Name", "AutoMLJobArn")]
        [ArgumentCompleter(typeof(AutoMLJobNameCompleter))]
        public AutoMLJobIdentity[] AutoMLJobName { get; set; } = Array.Empty<AutoMLJobIdentity>();

        /// <summary>How long to wait in all (seconds, or a TimeSpan); unlimited when absent.</summary>
        [Parameter]
        [SecondsTransformation]
        public TimeSpan? Timeout { get; set; }

        /// <summary>Time between polls while jobs change (seconds, or a TimeSpan); it grows up to six times while nothing does.</summary>
        [Parameter]
        [SecondsTransformation]
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>Treat a stopped job as an error rather than a warning.</summary>
        [Parameter]
        public SwitchParameter ErrorOnStopped { get; set; }

        protected override void ProcessRecord()
        {
            foreach (AutoMLJobIdentity job in AutoMLJobName)
            {
                if (job.Problem != null)
                {
                    WriteError(ErrorRecords.InvalidIdentity(job.Input, job.Problem));
                }
                else if (!_jobs.Any(j => j.Name == job.Name))
                {
                    _jobs.Add(job);
                }
            }
        }

        protected override void EndProcessing()
        {
            if (_jobs.Count == 0)
            {
                return;
            }

            if (PollInterval <= TimeSpan.Zero)
            {
                ThrowTerminatingError(ErrorRecords.Create(new ArgumentOutOfRangeException(nameof(PollInterval)), ErrorIds.InvalidPollInterval, ErrorCategory.InvalidArgument, PollInterval, PollInterval));
            }

            var progress = new WaitProgress(this, _jobs.Count);
            var waiter = new JobWaiter(SageMaker, PollCall, Pause);
            foreach (WaitEvent e in waiter.Wait(_jobs, PollInterval, Timeout))
            {
                switch (e)
                {
                    case WaitEvent.Finished finished:
                        progress.Done(finished.Identity);
                        Report(finished);
                        break;
                    case WaitEvent.Progress status:
                        progress.Show(status);
                        break;
                    case WaitEvent.JobError failure:
                        progress.Done(failure.Identity);
                        WriteError(failure.Error is Client.Errors.ResourceNotFoundException
                            ? ErrorRecords.Create(failure.Error, ErrorIds.AutoMLJobNotFound, ErrorCategory.ObjectNotFound, failure.Identity.Input, failure.Identity.Name, Connection.Region)
                            : ErrorRecords.Service(Model.SageMakerOperations.DescribeAutoMLJobV2, failure.Error, failure.Identity.Input));
                        break;
                    case WaitEvent.TimedOut timedOut:
                        progress.Done(timedOut.Job.Identity);
                        WriteError(ErrorRecords.Create(new TimeoutException(), ErrorIds.AutoMLJobWaitTimeout, ErrorCategory.OperationTimeout, timedOut.Job.Identity.Input,
                            timedOut.Job.Identity.Name, Timeout, timedOut.Job.Status, timedOut.Job.SecondaryStatus));
                        break;
                }
            }

            progress.Complete();
        }

        private void Report(WaitEvent.Finished finished)
        {
            AutoMLJob job = finished.Job;
            switch (job.AutoMLJobStatus)
            {
                case Model.AutoMLJobStatus.Failed:
                    string reasons = string.Join("; ", (job.PartialFailureReasons ?? new List<Model.AutoMLPartialFailureReason>()).Select(r => r.PartialFailureMessage));
                    WriteError(ErrorRecords.Create(new AutoMLJobFailedException(job), ErrorIds.AutoMLJobFailed, ErrorCategory.InvalidResult, finished.Identity.Input,
                        job.AutoMLJobName, job.FailureReason, reasons.Length == 0 ? "none" : reasons));
                    break;
                case Model.AutoMLJobStatus.Stopped when ErrorOnStopped:
                    WriteError(ErrorRecords.Create(new AutoMLJobFailedException(job), ErrorIds.AutoMLJobStopped, ErrorCategory.OperationStopped, finished.Identity.Input, job.AutoMLJobName));
                    break;
                case Model.AutoMLJobStatus.Stopped:
                    WriteWarning(Strings.Format(ErrorIds.AutoMLJobStopped, job.AutoMLJobName));
                    WriteApiObject(job);
                    break;
                default:
                    WriteApiObject(job);
                    break;
            }
        }
    }

    /// <summary>A failed or stopped job, as the exception of its ErrorRecord; the job's final description is in <see cref="Job"/>.</summary>
    public sealed class AutoMLJobFailedException : Exception
    {
        public AutoMLJobFailedException(AutoMLJob job)
            : base($"AutoML job '{job.AutoMLJobName}' ended {job.AutoMLJobStatus}: {job.FailureReason}")
        {
            Job = job;
        }

        public AutoMLJob Job { get; }
    }
}
