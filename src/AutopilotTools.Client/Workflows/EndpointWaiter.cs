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
        private readonly ISageMakerApi _api;
        private readonly Func<Func<Task>, bool> _call;
        private readonly Action<TimeSpan> _sleep;

        /// <param name="api">The service.</param>
        /// <param name="call">Runs one service call to completion on the caller's thread; false when it failed transiently.</param>
        /// <param name="sleep">Waits between polls; throws when the user stops the pipeline.</param>
        public EndpointWaiter(ISageMakerApi api, Func<Func<Task>, bool> call, Action<TimeSpan> sleep)
        {
            _api = api;
            _call = call;
            _sleep = sleep;
        }

        public IEnumerable<EndpointWaitEvent> Wait(string endpointName, TimeSpan pollInterval, TimeSpan? timeout)
        {
            DateTime started = DateTime.UtcNow;
            string status = EndpointStatus.Creating;
            while (true)
            {
                DescribeEndpointOutput? endpoint = null;
                if (_call(async () => endpoint = await _api.DescribeEndpointAsync(new DescribeEndpointInput { EndpointName = endpointName }).ConfigureAwait(false)) && endpoint != null)
                {
                    status = endpoint.EndpointStatus ?? status;
                    yield return new EndpointWaitEvent.Progress(endpoint, DateTime.UtcNow - started);
                    switch (status)
                    {
                        case EndpointStatus.InService:
                            yield return new EndpointWaitEvent.InService(endpoint);
                            yield break;
                        case EndpointStatus.Creating:
                        case EndpointStatus.Updating:
                        case EndpointStatus.SystemUpdating:
                            break;
                        default:
                            yield return new EndpointWaitEvent.Failed($"the endpoint is {status}: {endpoint.FailureReason ?? "no reason given"}");
                            yield break;
                    }
                }

                if (timeout.HasValue && DateTime.UtcNow - started + pollInterval > timeout.Value)
                {
                    yield return new EndpointWaitEvent.Failed($"the endpoint was still {status} after {timeout.Value}");
                    yield break;
                }

                _sleep(pollInterval);
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
