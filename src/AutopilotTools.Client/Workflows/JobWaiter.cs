using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Client.Errors;
using AutopilotTools.Identity;
using AutopilotTools.Model;

namespace AutopilotTools.Waiting
{
    /// <summary>
    /// Waits for AutoML jobs to finish, as a sequence of events the cmdlet consumes on its own thread. Every job is
    /// described once at the start. After that a few jobs are described each poll; many jobs cost one
    /// ListAutoMLJobs call per poll (per 100 changed jobs), filtered to jobs modified after the oldest change seen —
    /// the service's own clock, so client clock skew cannot hide a change — and only jobs that finished are
    /// described again. Polls back off while nothing changes and speed up again when something does.
    /// </summary>
    public sealed class JobWaiter
    {
        /// <summary>Up to this many jobs, describing each costs no more than listing and tells more (candidates).</summary>
        public const int DescribeEachUpTo = 3;

        private const double Backoff = 1.5;

        private readonly ISageMakerApi _api;
        private readonly Func<Func<Task>, bool> _call;
        private readonly Action<TimeSpan> _sleep;

        /// <param name="api">The service.</param>
        /// <param name="call">Runs one service call to completion on the caller's thread; false when it failed transiently (the caller reports that), and throws for any other failure.</param>
        /// <param name="sleep">Waits between polls; throws when the user stops the pipeline.</param>
        public JobWaiter(ISageMakerApi api, Func<Func<Task>, bool> call, Action<TimeSpan> sleep)
        {
            _api = api;
            _call = call;
            _sleep = sleep;
        }

        public IEnumerable<WaitEvent> Wait(IReadOnlyList<AutoMLJobIdentity> jobs, TimeSpan pollInterval, TimeSpan? timeout)
        {
            DateTime deadline = timeout.HasValue ? DateTime.UtcNow + timeout.Value : DateTime.MaxValue;
            var pending = new List<WatchedJob>();
            var events = new List<WaitEvent>();
            int finished = 0;

            foreach (AutoMLJobIdentity identity in jobs)
            {
                var watched = new WatchedJob(identity);
                DescribeOrReport(watched, events, pending);
                foreach (WaitEvent e in events)
                {
                    finished += e is WaitEvent.Finished ? 1 : 0;
                    yield return e;
                }

                events.Clear();
            }

            TimeSpan interval = pollInterval;
            TimeSpan longest = TimeSpan.FromTicks(pollInterval.Ticks * 6);
            while (pending.Count > 0)
            {
                yield return new WaitEvent.Progress(pending.ToList(), finished, jobs.Count);
                TimeSpan left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero)
                {
                    foreach (WatchedJob job in pending)
                    {
                        yield return new WaitEvent.TimedOut(job);
                    }

                    yield break;
                }

                _sleep(interval < left ? interval : left);
                int before = pending.Count;
                bool changed = PollUnknown(pending, events);
                changed |= pending.Count <= DescribeEachUpTo ? PollEach(pending, events) : PollByList(pending, events);
                foreach (WaitEvent e in events)
                {
                    finished += e is WaitEvent.Finished ? 1 : 0;
                    yield return e;
                }

                events.Clear();
                interval = changed || pending.Count != before ? pollInterval : Min(TimeSpan.FromTicks((long)(interval.Ticks * Backoff)), longest);
            }
        }

        /// <summary>Describes one job; a final one is reported, an unfinished one joins the pending list.</summary>
        private void DescribeOrReport(WatchedJob job, List<WaitEvent> events, List<WatchedJob> pending)
        {
            DescribeAutoMLJobV2Response? described = null;
            bool ok = Safely(job, events, () => _api.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = job.Identity.Name }), r => described = r);
            if (!ok)
            {
                if (!events.OfType<WaitEvent.JobError>().Any(e => e.Identity == job.Identity))
                {
                    pending.Add(job);
                }

                return;
            }

            var current = new AutoMLJob(described!);
            if (current.IsFinished)
            {
                events.Add(new WaitEvent.Finished(job.Identity, current));
                return;
            }

            Update(job, current.AutoMLJobStatus, current.AutoMLJobSecondaryStatus, current.CreationTime, current.LastModifiedTime);
            pending.Add(job);
        }

        /// <summary>Jobs whose first describe failed transiently are described until their state is known.</summary>
        private bool PollUnknown(List<WatchedJob> pending, List<WaitEvent> events) => Describe(pending.Where(j => j.Status == null).ToList(), pending, events, countCandidates: false);

        private bool PollEach(List<WatchedJob> pending, List<WaitEvent> events) => Describe(pending.ToList(), pending, events, countCandidates: true);

        private bool Describe(List<WatchedJob> jobs, List<WatchedJob> pending, List<WaitEvent> events, bool countCandidates)
        {
            bool changed = false;
            foreach (WatchedJob job in jobs)
            {
                string? status = job.Status, secondary = job.SecondaryStatus;
                pending.Remove(job);
                DescribeOrReport(job, events, pending);
                if (countCandidates && pending.Contains(job))
                {
                    CountCandidates(job);
                }

                changed |= !pending.Contains(job) || status != job.Status || secondary != job.SecondaryStatus;
            }

            return changed;
        }

        private bool PollByList(List<WatchedJob> pending, List<WaitEvent> events)
        {
            var known = pending.Where(j => j.Status != null).ToList();
            if (known.Count == 0)
            {
                return false;
            }

            DateTime? after = known.Select(j => j.LastModifiedTime).Min();
            var byName = known.ToDictionary(j => j.Identity.Name, StringComparer.Ordinal);
            var changedJobs = new List<(WatchedJob Job, Model.AutoMLJobSummary Summary)>();
            string? token = null;
            do
            {
                ListAutoMLJobsResponse? page = null;
                var request = new ListAutoMLJobsRequest { LastModifiedTimeAfter = after, MaxResults = 100, NextToken = token };
                if (!_call(async () => page = await _api.ListAutoMLJobsAsync(request).ConfigureAwait(false)))
                {
                    return false;
                }

                foreach (Model.AutoMLJobSummary summary in page!.AutoMLJobSummaries ?? new List<Model.AutoMLJobSummary>())
                {
                    if (summary.AutoMLJobName != null && byName.TryGetValue(summary.AutoMLJobName, out WatchedJob? job)
                        && (summary.AutoMLJobStatus != job.Status || summary.AutoMLJobSecondaryStatus != job.SecondaryStatus || summary.LastModifiedTime != job.LastModifiedTime))
                    {
                        changedJobs.Add((job, summary));
                    }
                }

                token = string.IsNullOrEmpty(page.NextToken) ? null : page.NextToken;
            }
            while (token != null);

            foreach ((WatchedJob job, Model.AutoMLJobSummary summary) in changedJobs)
            {
                if (JobStatus.IsTerminal(summary.AutoMLJobStatus))
                {
                    pending.Remove(job);
                    DescribeOrReport(job, events, pending);
                }
                else
                {
                    Update(job, summary.AutoMLJobStatus, summary.AutoMLJobSecondaryStatus, summary.CreationTime, summary.LastModifiedTime);
                }
            }

            return changedJobs.Count > 0;
        }

        /// <summary>Progress detail only: a failure leaves the count unknown and the wait unaffected.</summary>
        private void CountCandidates(WatchedJob job)
        {
            var request = new ListCandidatesForAutoMLJobRequest { AutoMLJobName = job.Identity.Name, MaxResults = 100 };
            try
            {
                _call(async () => job.Candidates = (await _api.ListCandidatesForAutoMLJobAsync(request).ConfigureAwait(false)).Candidates?.Count ?? 0);
            }
            catch (Exception e) when (ServiceFailure.IsServiceFailure(e))
            {
                job.Candidates = null;
            }
        }

        /// <summary>Runs a describe; a missing job or a refusal ends the wait for that job, a transient failure does not.</summary>
        private bool Safely<T>(WatchedJob job, List<WaitEvent> events, Func<Task<T>> describe, Action<T> use)
        {
            try
            {
                return _call(async () => use(await describe().ConfigureAwait(false)));
            }
            catch (Exception e) when (ServiceFailure.IsServiceFailure(e) && !ServiceFailure.IsTransient(e))
            {
                events.Add(new WaitEvent.JobError(job.Identity, e));
                return false;
            }
        }

        private static void Update(WatchedJob job, string? status, string? secondary, DateTime? created, DateTime? modified)
        {
            job.Status = status;
            job.SecondaryStatus = secondary;
            job.CreationTime = created ?? job.CreationTime;
            job.LastModifiedTime = modified ?? job.LastModifiedTime;
        }

        private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
    }
}
