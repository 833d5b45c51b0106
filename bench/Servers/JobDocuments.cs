using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AutopilotTools.Bench.Servers
{
    /// <summary>SageMaker answers as the service words them, sized like real ones (a tabular V2 job with its best candidate).</summary>
    internal static class JobDocuments
    {
        /// <summary>2023-11-14T22:13:20.5Z in epoch seconds, as the service sends timestamps.</summary>
        public const double CreationEpoch = 1700000000.5;

        public static string Arn(string name) => $"arn:aws:sagemaker:{Wire.BenchConnection.Region}:123456789012:automl-job/{name}";

        public static string DescribeJobV2(string name, string status = "InProgress", string secondary = "ModelTuning", double lastModified = CreationEpoch)
        {
            string created = CreationEpoch.ToString(CultureInfo.InvariantCulture);
            string modified = lastModified.ToString(CultureInfo.InvariantCulture);
            return "{" +
                $"\"AutoMLJobName\":\"{name}\",\"AutoMLJobArn\":\"{Arn(name)}\"," +
                "\"AutoMLJobInputDataConfig\":[{\"ChannelType\":\"training\",\"ContentType\":\"text/csv;header=present\",\"DataSource\":{\"S3DataSource\":{\"S3DataType\":\"S3Prefix\",\"S3Uri\":\"s3://bucket/train/\"}}}]," +
                "\"OutputDataConfig\":{\"S3OutputPath\":\"s3://bucket/out/\"}," +
                "\"RoleArn\":\"arn:aws:iam::123456789012:role/autopilot\"," +
                "\"AutoMLJobObjective\":{\"MetricName\":\"F1\"}," +
                "\"AutoMLProblemTypeConfigName\":\"Tabular\"," +
                "\"AutoMLProblemTypeConfig\":{\"TabularJobConfig\":{\"TargetAttributeName\":\"churn\",\"CompletionCriteria\":{\"MaxCandidates\":10}}}," +
                "\"ResolvedAttributes\":{\"AutoMLProblemTypeResolvedAttributes\":{\"TabularResolvedAttributes\":{\"ProblemType\":\"BinaryClassification\"}}}," +
                "\"BestCandidate\":{\"CandidateName\":\"cand-1\",\"ObjectiveStatus\":\"Succeeded\",\"CandidateSteps\":[],\"CandidateStatus\":\"Completed\"," +
                $"\"CreationTime\":{created},\"LastModifiedTime\":{created},\"FinalAutoMLJobObjectiveMetric\":{{\"MetricName\":\"F1\",\"Value\":0.87654}}}}," +
                $"\"CreationTime\":{created},\"LastModifiedTime\":{modified}," +
                $"\"AutoMLJobStatus\":\"{status}\",\"AutoMLJobSecondaryStatus\":\"{secondary}\"" +
                "}";
        }

        public static string Summary(string name, string status, string secondary, double lastModified) =>
            $"{{\"AutoMLJobName\":\"{name}\",\"AutoMLJobArn\":\"{Arn(name)}\",\"AutoMLJobStatus\":\"{status}\",\"AutoMLJobSecondaryStatus\":\"{secondary}\"," +
            $"\"CreationTime\":{CreationEpoch.ToString(CultureInfo.InvariantCulture)},\"LastModifiedTime\":{lastModified.ToString(CultureInfo.InvariantCulture)}}}";

        public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

        public static CannedReply Error(int status, string code, string message) =>
            new CannedReply(status, Utf8($"{{\"__type\":\"{code}\",\"Message\":\"{message}\"}}"));

        /// <summary>A string member of a request body, or null.</summary>
        public static string? Member(byte[] body, string name) =>
            JsonDocument.Parse(body).RootElement.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        public static int? IntMember(byte[] body, string name) =>
            JsonDocument.Parse(body).RootElement.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;

        public static double? NumberMember(byte[] body, string name) =>
            JsonDocument.Parse(body).RootElement.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
    }
}
