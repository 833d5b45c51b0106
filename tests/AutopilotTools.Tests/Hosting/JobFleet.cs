using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace AutopilotTools.Tests.Hosting
{
    /// <summary>
    /// Jobs that move on one step per poll cycle, as a service would over time: AnalyzingData, then ModelTuning, then
    /// their final state at their own cycle. A cycle ends with each full ListAutoMLJobs listing (its last page), or,
    /// for a job watched alone, with each describe of it after the first. Every call is recorded with its cycle.
    /// </summary>
    public sealed class JobFleet
    {
        private readonly Dictionary<string, (int FinishAt, string Final, string Extra)> _jobs = new Dictionary<string, (int, string, string)>();
        private readonly Dictionary<string, int> _describes = new Dictionary<string, int>();
        private int _cycle;

        public List<(int Cycle, string Operation)> Calls { get; } = new List<(int, string)>();

        /// <summary>When set, a listing fails with this many throttling answers before it succeeds.</summary>
        public int ThrottleListings { get; set; }

        public JobFleet Add(string name, int finishAt, string final = "Completed", string extraMembers = "")
        {
            _jobs[name] = (finishAt, final, extraMembers);
            return this;
        }

        public Reply Handle(RecordedRequest request)
        {
            lock (_jobs)
            {
                Calls.Add((_cycle, request.Operation!));
                JsonElement body = JsonDocument.Parse(request.Body).RootElement;
                switch (request.Operation)
                {
                    case "DescribeAutoMLJobV2":
                        return Describe(body.GetProperty("AutoMLJobName").GetString()!);
                    case "ListAutoMLJobs" when ThrottleListings > 0:
                        ThrottleListings--;
                        return Reply.Error(400, "ThrottlingException", "Rate exceeded");
                    case "ListAutoMLJobs":
                        return List(body);
                    case "ListCandidatesForAutoMLJob":
                        return Reply.Json("{\"Candidates\":[" + string.Join(",", Enumerable.Range(1, _cycle).Select(i => PagedFake.Candidate(i, 0.5))) + "]}");
                    default:
                        return Reply.Error(400, "UnknownOperationException", request.Operation!);
                }
            }
        }

        private Reply Describe(string name)
        {
            if (!_jobs.TryGetValue(name, out var job))
            {
                return Reply.Error(400, "ResourceNotFound", "Requested resource not found.");
            }

            int cycle = _cycle;
            if (_jobs.Count <= 3)
            {
                // Watched alone or with few others: each describe after the first is a poll of this job.
                _describes[name] = _describes.TryGetValue(name, out int seen) ? seen + 1 : 0;
                cycle = _describes[name];
            }

            (string status, string secondary, double modified) = StateAt(job.FinishAt, job.Final, cycle);
            string extra = status == job.Final ? job.Extra : string.Empty;
            return Reply.Json(FakeSageMaker.DescribeJobV2(name, status, secondary, extra, lastModified: modified));
        }

        private Reply List(JsonElement body)
        {
            double after = body.TryGetProperty("LastModifiedTimeAfter", out JsonElement a) ? a.GetDouble() : double.MinValue;
            int max = body.GetProperty("MaxResults").GetInt32();
            int start = body.TryGetProperty("NextToken", out JsonElement t) ? int.Parse(t.GetString()!, CultureInfo.InvariantCulture) : 0;
            var changed = _jobs.Select(j => (Name: j.Key, State: StateAt(j.Value.FinishAt, j.Value.Final, _cycle + 1)))
                .Where(j => j.State.Modified > after)
                .OrderBy(j => j.Name, StringComparer.Ordinal)
                .ToList();
            var page = changed.Skip(start).Take(max).ToList();
            bool more = start + page.Count < changed.Count;
            if (!more)
            {
                _cycle++;
            }

            string items = string.Join(",", page.Select(j =>
                $"{{\"AutoMLJobName\":\"{j.Name}\",\"AutoMLJobArn\":\"arn:aws:sagemaker:eu-west-3:123456789012:automl-job/{j.Name}\",\"AutoMLJobStatus\":\"{j.State.Status}\"," +
                $"\"AutoMLJobSecondaryStatus\":\"{j.State.Secondary}\",\"CreationTime\":{FakeSageMaker.CreationEpoch},\"LastModifiedTime\":{j.State.Modified.ToString(CultureInfo.InvariantCulture)}}}"));
            return Reply.Json("{\"AutoMLJobSummaries\":[" + items + "]" + (more ? $",\"NextToken\":\"{start + page.Count}\"" : string.Empty) + "}");
        }

        private static (string Status, string Secondary, double Modified) StateAt(int finishAt, string final, int cycle) =>
            cycle >= finishAt ? (final, final, FakeSageMaker.CreationEpoch + finishAt)
            : cycle >= 1 ? ("InProgress", "ModelTuning", FakeSageMaker.CreationEpoch + 1)
            : ("InProgress", "AnalyzingData", FakeSageMaker.CreationEpoch);
    }
}
