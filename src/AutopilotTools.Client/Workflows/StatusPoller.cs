using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace AutopilotTools.Waiting
{
    /// <summary>
    /// Describes one resource each poll until its status leaves the passing ones or the timeout passes, as events the
    /// caller consumes on its own thread: the loop the endpoint and transform-job waits share (a poll that fails
    /// transiently is waited out; the caller's sleep throws when the user stops the pipeline).
    /// </summary>
    public sealed class StatusPoller
    {
        private readonly Func<Func<Task>, bool> _call;
        private readonly Action<TimeSpan> _sleep;

        /// <param name="call">Runs one service call to completion on the caller's thread; false when it failed transiently.</param>
        /// <param name="sleep">Waits between polls; throws when the user stops the pipeline.</param>
        public StatusPoller(Func<Func<Task>, bool> call, Action<TimeSpan> sleep)
        {
            _call = call;
            _sleep = sleep;
        }

        /// <param name="describe">One describe call.</param>
        /// <param name="statusOf">The resource's status in a description.</param>
        /// <param name="passing">The statuses the resource moves on from (Creating, InProgress, …).</param>
        /// <param name="status">The status before the first description.</param>
        public IEnumerable<PollEvent<T>> Poll<T>(Func<Task<T>> describe, Func<T, string?> statusOf, ICollection<string> passing, string status, TimeSpan pollInterval, TimeSpan? timeout)
            where T : class
        {
            DateTime started = DateTime.UtcNow;
            while (true)
            {
                T? resource = null;
                if (_call(async () => resource = await describe().ConfigureAwait(false)) && resource != null)
                {
                    status = statusOf(resource) ?? status;
                    yield return new PollEvent<T>.Progress(resource, status, DateTime.UtcNow - started);
                    if (!passing.Contains(status))
                    {
                        yield return new PollEvent<T>.Ended(resource, status);
                        yield break;
                    }
                }

                if (timeout.HasValue && DateTime.UtcNow - started + pollInterval > timeout.Value)
                {
                    yield return new PollEvent<T>.TimedOut(status, timeout.Value);
                    yield break;
                }

                _sleep(pollInterval);
            }
        }
    }

    /// <summary>What <see cref="StatusPoller"/> reports.</summary>
    public abstract class PollEvent<T>
    {
        private PollEvent()
        {
        }

        /// <summary>The resource as the last poll described it.</summary>
        public sealed class Progress : PollEvent<T>
        {
            public Progress(T resource, string status, TimeSpan elapsed)
            {
                Resource = resource;
                Status = status;
                Elapsed = elapsed;
            }

            public T Resource { get; }

            public string Status { get; }

            public TimeSpan Elapsed { get; }
        }

        /// <summary>The resource reached a status it does not move on from.</summary>
        public sealed class Ended : PollEvent<T>
        {
            public Ended(T resource, string status)
            {
                Resource = resource;
                Status = status;
            }

            public T Resource { get; }

            public string Status { get; }
        }

        /// <summary>The wait's time ran out in <see cref="Status"/>.</summary>
        public sealed class TimedOut : PollEvent<T>
        {
            public TimedOut(string status, TimeSpan timeout)
            {
                Status = status;
                Timeout = timeout;
            }

            public string Status { get; }

            public TimeSpan Timeout { get; }
        }
    }
}
