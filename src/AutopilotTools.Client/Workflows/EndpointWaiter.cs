using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Model;

namespace AutopilotTools.Waiting
{
    /// <summary>
    /// Waits for an endpoint to be InService, as a sequence of events the cmdlet consumes on its own thread, as
    /// <see cref="JobWaiter"/> does for jobs: the endpoint is described each poll (a poll that fails transiently is
    /// waited out), and each description is a <see cref="EndpointWaitEvent.Progress"/> until it is InService
    /// (<see cref="EndpointWaitEvent.InService"/>), ends in another state or the timeout passes
    /// (<see cref="EndpointWaitEvent.Failed"/>).
    /// </summary>
    public sealed class EndpointWaiter
    {
        private static readonly string[] Passing = { EndpointStatus.Creating, EndpointStatus.Updating, EndpointStatus.SystemUpdating };

        private readonly ISageMakerApi _api;
        private readonly StatusPoller _poller;

        /// <param name="api">The service.</param>
        /// <param name="call">Runs one service call to completion on the caller's thread; false when it failed transiently.</param>
        /// <param name="sleep">Waits between polls; throws when the user stops the pipeline.</param>
        public EndpointWaiter(ISageMakerApi api, Func<Func<Task>, bool> call, Action<TimeSpan> sleep)
        {
            _api = api;
            _poller = new StatusPoller(call, sleep);
        }

        public IEnumerable<EndpointWaitEvent> Wait(string endpointName, TimeSpan pollInterval, TimeSpan? timeout)
        {
            IEnumerable<PollEvent<DescribeEndpointOutput>> polls = _poller.Poll(
                () => _api.DescribeEndpointAsync(new DescribeEndpointInput { EndpointName = endpointName }),
                endpoint => endpoint.EndpointStatus,
                Passing,
                EndpointStatus.Creating,
                pollInterval,
                timeout);
            foreach (PollEvent<DescribeEndpointOutput> e in polls)
            {
                yield return e switch
                {
                    PollEvent<DescribeEndpointOutput>.Progress progress => new EndpointWaitEvent.Progress(progress.Resource, progress.Elapsed),
                    PollEvent<DescribeEndpointOutput>.Ended { Status: EndpointStatus.InService } ended => new EndpointWaitEvent.InService(ended.Resource),
                    PollEvent<DescribeEndpointOutput>.Ended ended => new EndpointWaitEvent.Failed($"the endpoint is {ended.Status}: {ended.Resource.FailureReason ?? "no reason given"}"),
                    PollEvent<DescribeEndpointOutput>.TimedOut timedOut => new EndpointWaitEvent.Failed($"the endpoint was still {timedOut.Status} after {timedOut.Timeout}"),
                    _ => throw new InvalidOperationException("Unknown poll event."),
                };
            }
        }
    }

    /// <summary>What <see cref="EndpointWaiter"/> reports.</summary>
    public abstract class EndpointWaitEvent
    {
        private EndpointWaitEvent()
        {
        }

        /// <summary>The endpoint as the last poll described it.</summary>
        public sealed class Progress : EndpointWaitEvent
        {
            public Progress(DescribeEndpointOutput endpoint, TimeSpan elapsed)
            {
                Endpoint = endpoint;
                Elapsed = elapsed;
            }

            public DescribeEndpointOutput Endpoint { get; }

            public TimeSpan Elapsed { get; }
        }

        /// <summary>The endpoint serves.</summary>
        public sealed class InService : EndpointWaitEvent
        {
            public InService(DescribeEndpointOutput endpoint) => Endpoint = endpoint;

            public DescribeEndpointOutput Endpoint { get; }
        }

        /// <summary>The endpoint ended in a state other than InService, or the wait timed out; the reason says which.</summary>
        public sealed class Failed : EndpointWaitEvent
        {
            public Failed(string reason) => Reason = reason;

            public string Reason { get; }
        }
    }
}
