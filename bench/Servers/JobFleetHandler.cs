using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AutopilotTools.Bench.Servers
{
    /// <summary>
    /// Running jobs that move on one step per poll cycle, as jobs do over a service's time: InProgress/AnalyzingData,
    /// then InProgress/ModelTuning, then Completed at the job's own cycle. Time is counted in polls, not seconds, so the
    /// call counts are the same on any machine: a cycle ends with each complete ListAutoMLJobs listing (its last page),
    /// which is how Wait-AutoMLJob polls many jobs. Every call is recorded with the poll it belongs to.
    /// </summary>
    internal sealed class JobFleetHandler
    {
        private readonly SortedDictionary<string, int> _finishAt = new SortedDictionary<string, int>(StringComparer.Ordinal);
        private readonly object _gate = new object();
        private int _cycle;

        /// <summary><paramref name="jobs"/> jobs, job i finishing at cycle 1 + i mod <paramref name="cycles"/>.</summary>
        public JobFleetHandler(int jobs, int cycles)
        {
            for (int i = 0; i < jobs; i++)
            {
                _finishAt[Name(i)] = 1 + (i % cycles);
            }
        }

        public IReadOnlyList<string> Names => _finishAt.Keys.ToList();

        /// <summary>
        /// Every call with the poll it belongs to: 0 for the describes before the first poll; a listing opens the
        /// next poll, and the describes after it belong to that poll.
        /// </summary>
        public List<(int Poll, string Operation)> Calls { get; } = new List<(int, string)>();

        /// <summary>
        /// What the naive waiter costs on this schedule: one describe per job to start, then at every poll one describe
        /// per job not yet seen finished.
        /// </summary>
        public (int Total, IReadOnlyList<int> PerCycle) NaiveCalls()
        {
            int cycles = _finishAt.Values.Max();
            var perCycle = Enumerable.Range(1, cycles).Select(k => _finishAt.Values.Count(f => f >= k)).ToList();
            return (_finishAt.Count + perCycle.Sum(), perCycle);
        }

        public CannedReply Handle(CannedRequest request)
        {
            lock (_gate)
            {
                Calls.Add((request.Operation == "ListAutoMLJobs" ? _cycle + 1 : _cycle, request.Operation));
                return request.Operation switch
                {
                    "DescribeAutoMLJobV2" => Describe(JobDocuments.Member(request.Body, "AutoMLJobName") ?? string.Empty),
                    "ListAutoMLJobs" => List(request.Body),
                    "ListCandidatesForAutoMLJob" => CannedReply.Json(JobDocuments.Utf8("{\"Candidates\":[]}")),
                    _ => JobDocuments.Error(400, "UnknownOperationException", request.Operation),
                };
            }
        }

        private static string Name(int i) => $"wait-{i:D3}";

        private CannedReply Describe(string name)
        {
            if (!_finishAt.TryGetValue(name, out int finishAt))
            {
                return JobDocuments.Error(400, "ResourceNotFound", "Requested resource not found.");
            }

            (string status, string secondary, double modified) = StateAt(finishAt, _cycle);
            return CannedReply.Json(JobDocuments.Utf8(JobDocuments.DescribeJobV2(name, status, secondary, modified)));
        }

        // A listing is the start of the next poll: it shows the jobs as of the next cycle, and its last page ends the cycle.
        private CannedReply List(byte[] body)
        {
            double after = JobDocuments.NumberMember(body, "LastModifiedTimeAfter") ?? double.MinValue;
            int max = Math.Min(JobDocuments.IntMember(body, "MaxResults") ?? 10, PagedJobsHandler.MaxPage);
            string? token = JobDocuments.Member(body, "NextToken");
            int start = token == null ? 0 : int.Parse(token, CultureInfo.InvariantCulture);
            var changed = _finishAt.Select(j => (Name: j.Key, State: StateAt(j.Value, _cycle + 1))).Where(j => j.State.Modified > after).ToList();
            var page = changed.Skip(start).Take(max).ToList();
            bool more = start + page.Count < changed.Count;
            if (!more)
            {
                _cycle++;
            }

            var json = new StringBuilder("{\"AutoMLJobSummaries\":[");
            json.Append(string.Join(",", page.Select(j => JobDocuments.Summary(j.Name, j.State.Status, j.State.Secondary, j.State.Modified))));
            json.Append(']');
            if (more)
            {
                json.Append(",\"NextToken\":\"").Append((start + page.Count).ToString(CultureInfo.InvariantCulture)).Append('"');
            }

            return CannedReply.Json(JobDocuments.Utf8(json.Append('}').ToString()));
        }

        private static (string Status, string Secondary, double Modified) StateAt(int finishAt, int cycle) =>
            cycle >= finishAt ? ("Completed", "Completed", JobDocuments.CreationEpoch + finishAt)
            : cycle >= 1 ? ("InProgress", "ModelTuning", JobDocuments.CreationEpoch + 1)
            : ("InProgress", "AnalyzingData", JobDocuments.CreationEpoch);
    }
}
