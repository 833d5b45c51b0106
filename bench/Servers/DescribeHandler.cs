namespace AutopilotTools.Bench.Servers
{
    /// <summary>Answers DescribeAutoMLJobV2 for one job with the same pre-rendered bytes every time.</summary>
    internal sealed class DescribeHandler
    {
        public const string JobName = "bench-churn-1";

        private readonly byte[] _describe = JobDocuments.Utf8(JobDocuments.DescribeJobV2(JobName));

        public CannedReply Handle(CannedRequest request) => request.Operation switch
        {
            "DescribeAutoMLJobV2" => CannedReply.Json(_describe),
            _ => JobDocuments.Error(400, "UnknownOperationException", request.Operation),
        };
    }
}
