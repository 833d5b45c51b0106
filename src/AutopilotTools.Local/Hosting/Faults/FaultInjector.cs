using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace AutopilotTools.Local.Hosting.Faults
{
    /// <summary>
    /// Test-only: gives requests faults by the current <see cref="FaultPlan"/>, to show that clients survive them.
    /// <para>A fault is given <em>before</em> the operation runs, so a faulted request has changed nothing: a client
    /// that retries it meets the state it first asked about, as it would after a throttled or failed request to the
    /// service. (A fault after the operation, a lost response, would make a retried create meet its own job as
    /// ResourceInUse; CreateAutoMLJobV2 has no client token to tell a retry from a second create, so neither the
    /// module nor any SDK could recover, and this server does not pretend they could.)</para>
    /// <para>Draws come from one generator seeded by the plan, in the order requests arrive.</para>
    /// </summary>
    internal sealed partial class FaultInjector
    {
        private readonly object _gate = new object();
        private readonly Dictionary<FaultKind, long> _given = new Dictionary<FaultKind, long>();
        private FaultPlan? _plan;
        private Random _random = new Random(0);
        private long _requests;

        /// <summary>Starts a plan, with fresh counts and a generator seeded by it.</summary>
        public void Start(FaultPlan plan)
        {
            lock (_gate)
            {
                _plan = plan;
                _random = new Random(plan.Seed);
                _requests = 0;
                _given.Clear();
            }
        }

        /// <summary>Ends the plan; the counts stay readable until the next one starts.</summary>
        public void Stop()
        {
            lock (_gate)
            {
                _plan = null;
            }
        }

        /// <summary>
        /// Gives the request its fault, if it gets one: true when the fault answered it (or closed the connection)
        /// and the operation must not run; false when it is to be served, after a pause for a slow fault.
        /// </summary>
        public async Task<bool> InterceptAsync(HttpContext context, ServiceCall call)
        {
            (FaultKind? fault, int slowMilliseconds) = Decide(call, AttemptOf(context.Request));
            switch (fault)
            {
                case null:
                    return false;
                case FaultKind.Slow:
                    await Task.Delay(slowMilliseconds, context.RequestAborted);
                    return false;
                case FaultKind.Drop:
                    context.Abort();
                    return true;
                default:
                    await FaultResponses.WriteAsync(context, call, fault.Value);
                    return true;
            }
        }

        /// <summary>What the admin call shows: the plan, and the requests it covered and faulted since it started.</summary>
        public object Statistics()
        {
            lock (_gate)
            {
                return new
                {
                    active = _plan != null,
                    plan = _plan?.ToJson(),
                    requests = _requests,
                    faulted = _given.Values.Sum(),
                    faults = FaultPlan.KindNames.ToDictionary(k => k.Key, k => _given.GetValueOrDefault(k.Value)),
                };
            }
        }

        private (FaultKind? Fault, int SlowMilliseconds) Decide(ServiceCall call, int attempt)
        {
            lock (_gate)
            {
                if (_plan == null || !_plan.Covers(call))
                {
                    return (null, 0);
                }

                _requests++;
                if (attempt > _plan.MaxFaultsPerCall || _random.NextDouble() >= _plan.Rate)
                {
                    return (null, 0);
                }

                long given = _given.Values.Sum();
                FaultKind fault = _plan.Kinds[(int)(given % _plan.Kinds.Count)];
                _given[fault] = _given.GetValueOrDefault(fault) + 1;
                return (fault, _plan.SlowMilliseconds);
            }
        }

        /// <summary>The attempt number AWS SDKs send (<c>amz-sdk-request: attempt=2; max=3</c>); 1 for other clients.</summary>
        private static int AttemptOf(HttpRequest request)
        {
            Match match = AttemptHeader().Match(request.Headers["amz-sdk-request"].ToString());
            return match.Success && int.TryParse(match.Groups[1].Value, out int attempt) ? attempt : 1;
        }

        [GeneratedRegex(@"attempt=(\d+)")]
        private static partial Regex AttemptHeader();
    }
}
