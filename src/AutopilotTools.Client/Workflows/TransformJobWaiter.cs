using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Model;

namespace AutopilotTools.Waiting
{
    /// <summary>
    /// Waits for a batch transform job to end, as a sequence of events the cmdlet consumes on its own thread, as
    /// <see cref="EndpointWaiter"/> does for endpoints: the job is described each poll (a poll that fails transiently
    /// is waited out), and each description is a <see cref="TransformJobWaitEvent.Progress"/> until it is Completed,
    /// Failed or Stopped (<see cref="TransformJobWaitEvent.Ended"/>) or the timeout passes (<see cref="TransformJobWaitEvent.TimedOut"/>).
    /// </summary>
    public sealed class TransformJobWaiter
    {
        private readonly ISageMakerApi _api;
        private readonly Func<Func<Task>, bool> _call;
        private readonly Action<TimeSpan> _sleep;

        /// <param name="api">The service.</param>
        /// <param name="call">Runs one service call to completion on the caller's thread; false when it failed transiently.</param>
        /// <param name="sleep">Waits between polls; throws when the user stops the pipeline.</param>
        public TransformJobWaiter(ISageMakerApi api, Func<Func<Task>, bool> call, Action<TimeSpan> sleep)
        {
            _api = api;
            _call = call;
            _sleep = sleep;
        }

        public IEnumerable<TransformJobWaitEvent> Wait(string transformJobName, TimeSpan pollInterval, TimeSpan? timeout)
        {
            DateTime started = DateTime.UtcNow;
            string status = TransformJobStatus.InProgress;
            while (true)
            {
                DescribeTransformJobResponse? job = null;
                if (_call(async () => job = await _api.DescribeTransformJobAsync(new DescribeTransformJobRequest { TransformJobName = transformJobName }).ConfigureAwait(false)) && job != null)
                {
                    status = job.TransformJobStatus ?? status;
                    yield return new TransformJobWaitEvent.Progress(job, DateTime.UtcNow - started);
                    if (status != TransformJobStatus.InProgress && status != TransformJobStatus.Stopping)
                    {
                        yield return new TransformJobWaitEvent.Ended(job);
                        yield break;
                    }
                }

                if (timeout.HasValue && DateTime.UtcNow - started + pollInterval > timeout.Value)
                {
                    yield return new TransformJobWaitEvent.TimedOut($"the transform job was still {status} after {timeout.Value}; it keeps running");
                    yield break;
                }

                _sleep(pollInterval);
            }
        }
    }

    /// <summary>What <see cref="TransformJobWaiter"/> reports.</summary>
    public abstract class TransformJobWaitEvent
    {
        private TransformJobWaitEvent()
        {
        }

        /// <summary>The job as the last poll described it.</summary>
        public sealed class Progress : TransformJobWaitEvent
        {
            public Progress(DescribeTransformJobResponse job, TimeSpan elapsed)
            {
                Job = job;
                Elapsed = elapsed;
            }

            public DescribeTransformJobResponse Job { get; }

            public TimeSpan Elapsed { get; }
        }

        /// <summary>The job is Completed, Failed or Stopped; <see cref="Job"/> is its final description.</summary>
        public sealed class Ended : TransformJobWaitEvent
        {
            public Ended(DescribeTransformJobResponse job) => Job = job;

            public DescribeTransformJobResponse Job { get; }
        }

        /// <summary>The wait's time ran out; the job itself keeps running.</summary>
        public sealed class TimedOut : TransformJobWaitEvent
        {
            public TimedOut(string reason) => Reason = reason;

            public string Reason { get; }
        }
    }
}
