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
        private static readonly string[] Passing = { TransformJobStatus.InProgress, TransformJobStatus.Stopping };

        private readonly ISageMakerApi _api;
        private readonly StatusPoller _poller;

        /// <param name="api">The service.</param>
        /// <param name="call">Runs one service call to completion on the caller's thread; false when it failed transiently.</param>
        /// <param name="sleep">Waits between polls; throws when the user stops the pipeline.</param>
        public TransformJobWaiter(ISageMakerApi api, Func<Func<Task>, bool> call, Action<TimeSpan> sleep)
        {
            _api = api;
            _poller = new StatusPoller(call, sleep);
        }

        public IEnumerable<TransformJobWaitEvent> Wait(string transformJobName, TimeSpan pollInterval, TimeSpan? timeout)
        {
            IEnumerable<PollEvent<DescribeTransformJobResponse>> polls = _poller.Poll(
                () => _api.DescribeTransformJobAsync(new DescribeTransformJobRequest { TransformJobName = transformJobName }),
                job => job.TransformJobStatus,
                Passing,
                TransformJobStatus.InProgress,
                pollInterval,
                timeout);
            foreach (PollEvent<DescribeTransformJobResponse> e in polls)
            {
                yield return e switch
                {
                    PollEvent<DescribeTransformJobResponse>.Progress progress => new TransformJobWaitEvent.Progress(progress.Resource, progress.Elapsed),
                    PollEvent<DescribeTransformJobResponse>.Ended ended => new TransformJobWaitEvent.Ended(ended.Resource),
                    PollEvent<DescribeTransformJobResponse>.TimedOut timedOut => new TransformJobWaitEvent.TimedOut($"the transform job was still {timedOut.Status} after {timedOut.Timeout}; it keeps running"),
                    _ => throw new InvalidOperationException("Unknown poll event."),
                };
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
