using System;
using System.Globalization;
using System.Text;

namespace AutopilotTools.Bench.Servers
{
    /// <summary>
    /// ListAutoMLJobs over <see cref="JobCount"/> completed jobs, in pages of MaxResults (at most 100, as the service
    /// allows) with a NextToken while more remain: what Get-AutoMLJobV2 without a name pages through.
    /// </summary>
    internal sealed class PagedJobsHandler
    {
        public const int MaxPage = 100;

        /// <summary>How many jobs the account holds; set before each run.</summary>
        public int JobCount { get; set; }

        /// <summary>Job names are this, a dash and a number: a fresh prefix makes every job one the client has not seen.</summary>
        public string NamePrefix { get; set; } = "job";

        public CannedReply Handle(CannedRequest request)
        {
            if (request.Operation != "ListAutoMLJobs")
            {
                return JobDocuments.Error(400, "UnknownOperationException", request.Operation);
            }

            int max = Math.Min(JobDocuments.IntMember(request.Body, "MaxResults") ?? 10, MaxPage);
            string? token = JobDocuments.Member(request.Body, "NextToken");
            int start = token == null ? 0 : int.Parse(token, CultureInfo.InvariantCulture);
            int end = Math.Min(start + max, JobCount);
            var page = new StringBuilder("{\"AutoMLJobSummaries\":[");
            for (int i = start; i < end; i++)
            {
                page.Append(i > start ? "," : string.Empty)
                    .Append(JobDocuments.Summary($"{NamePrefix}-{i:D5}", "Completed", "Completed", JobDocuments.CreationEpoch + 600));
            }

            page.Append(']');
            if (end < JobCount)
            {
                page.Append(",\"NextToken\":\"").Append(end.ToString(CultureInfo.InvariantCulture)).Append('"');
            }

            return CannedReply.Json(JobDocuments.Utf8(page.Append('}').ToString()));
        }
    }
}
