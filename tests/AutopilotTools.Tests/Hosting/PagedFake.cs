using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace AutopilotTools.Tests.Hosting
{
    /// <summary>
    /// Answers the list operations from a fixed set of items, page by page as the service does: MaxResults items
    /// (10 when absent), a NextToken while more remain. Each page asked for is recorded with the state of the
    /// client at that moment (<see cref="Probe"/>), so tests can tell whether output was streamed.
    /// </summary>
    public sealed class PagedFake
    {
        private readonly Dictionary<string, (string ListMember, IReadOnlyList<string> Items)> _lists = new Dictionary<string, (string, IReadOnlyList<string>)>();

        public Probe Probe { get; } = new Probe();

        /// <summary>For each page asked for: the operation, MaxResults, and how many items the client had seen then.</summary>
        public List<(string Operation, int MaxResults, int SeenByClient)> Pages { get; } = new List<(string, int, int)>();

        public PagedFake List(string operation, string listMember, IEnumerable<string> itemsJson)
        {
            _lists[operation] = (listMember, itemsJson.ToList());
            return this;
        }

        public Reply Handle(RecordedRequest request)
        {
            if (request.Operation == null || !_lists.TryGetValue(request.Operation, out var list))
            {
                return FakeSageMaker.DescribeAnyJob(request);
            }

            JsonElement body = JsonDocument.Parse(request.Body).RootElement;
            int max = body.TryGetProperty("MaxResults", out JsonElement m) ? m.GetInt32() : 10;
            int start = body.TryGetProperty("NextToken", out JsonElement t) ? int.Parse(t.GetString()!, CultureInfo.InvariantCulture) : 0;
            lock (Pages)
            {
                Pages.Add((request.Operation, max, Probe.Seen));
            }

            var page = list.Items.Skip(start).Take(max).ToList();
            string next = start + page.Count < list.Items.Count ? $",\"NextToken\":\"{start + page.Count}\"" : string.Empty;
            return Reply.Json($"{{\"{list.ListMember}\":[{string.Join(",", page)}]{next}}}");
        }

        public static string JobSummary(int i) =>
            $"{{\"AutoMLJobName\":\"job-{i:D3}\",\"AutoMLJobArn\":\"arn:aws:sagemaker:{FakeSageMaker.Region}:123456789012:automl-job/job-{i:D3}\"," +
            $"\"AutoMLJobStatus\":\"Completed\",\"AutoMLJobSecondaryStatus\":\"Completed\",\"CreationTime\":{FakeSageMaker.CreationEpoch},\"EndTime\":{FakeSageMaker.CreationEpoch + 600},\"LastModifiedTime\":{FakeSageMaker.CreationEpoch}}}";

        public static string Candidate(int i, double value) =>
            $"{{\"CandidateName\":\"cand-{i:D3}\",\"ObjectiveStatus\":\"Succeeded\",\"CandidateStatus\":\"Completed\"," +
            $"\"FinalAutoMLJobObjectiveMetric\":{{\"MetricName\":\"F1\",\"Value\":{value.ToString(CultureInfo.InvariantCulture)}}}," +
            "\"CandidateSteps\":[{\"CandidateStepType\":\"AWS::SageMaker::TrainingJob\",\"CandidateStepArn\":\"arn:x\",\"CandidateStepName\":\"train-1\"}]," +
            "\"InferenceContainers\":[{\"Image\":\"123.dkr.ecr/sagemaker-sklearn-automl:2.5\",\"ModelDataUrl\":\"s3://b/m1\"},{\"Image\":\"123.dkr.ecr/sagemaker-xgboost:1.7\",\"ModelDataUrl\":\"s3://b/m2\"}]," +
            $"\"CreationTime\":{FakeSageMaker.CreationEpoch},\"EndTime\":{FakeSageMaker.CreationEpoch + 95},\"LastModifiedTime\":{FakeSageMaker.CreationEpoch}}}";
    }

    /// <summary>Counts what a script has seen; scripts call $probe.Saw() per object.</summary>
    public sealed class Probe
    {
        private int _seen;

        public int Seen => _seen;

        public void Saw() => System.Threading.Interlocked.Increment(ref _seen);
    }
}
