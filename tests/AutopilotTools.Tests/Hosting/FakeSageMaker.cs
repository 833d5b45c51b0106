using System;
using System.Collections;
using System.Globalization;

namespace AutopilotTools.Tests.Hosting
{
    /// <summary>
    /// Canned SageMaker answers and the connection a test session uses to reach a loopback server: a splattable
    /// hashtable ($conn) with region, test credentials and the server's URL.
    /// </summary>
    public static class FakeSageMaker
    {
        public const string Region = "eu-west-3";
        public const string AccessKey = "AKIDTESTEXAMPLE";
        public const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYSECRETKEY";

        /// <summary>2023-11-14T22:13:20.5Z, as the service sends it.</summary>
        public const double CreationEpoch = 1700000000.5;

        public static Hashtable Connection(LoopbackServer server) => new Hashtable
        {
            ["Region"] = Region,
            ["EndpointUrl"] = server.Url,
            ["Credential"] = new Hashtable { ["AccessKey"] = AccessKey, ["SecretKey"] = SecretKey },
        };

        public static PowerShellSession SessionFor(LoopbackServer server) => new PowerShellSession().Set("conn", Connection(server));

        public static string DescribeJobV2(string name, string status = "InProgress", string secondary = "ModelTuning", string extraMembers = "", double? runSeconds = null, double? lastModified = null)
        {
            string created = CreationEpoch.ToString(CultureInfo.InvariantCulture);
            string modified = (lastModified ?? CreationEpoch).ToString(CultureInfo.InvariantCulture);
            if (runSeconds.HasValue)
            {
                extraMembers += ",\"EndTime\":" + (CreationEpoch + runSeconds.Value).ToString(CultureInfo.InvariantCulture);
            }

            return "{" +
                $"\"AutoMLJobName\":\"{name}\"," +
                $"\"AutoMLJobArn\":\"arn:aws:sagemaker:{Region}:123456789012:automl-job/{name}\"," +
                "\"AutoMLJobInputDataConfig\":[{\"ChannelType\":\"training\",\"ContentType\":\"text/csv;header=present\",\"DataSource\":{\"S3DataSource\":{\"S3DataType\":\"S3Prefix\",\"S3Uri\":\"s3://bucket/train/\"}}}]," +
                "\"OutputDataConfig\":{\"S3OutputPath\":\"s3://bucket/out/\"}," +
                "\"RoleArn\":\"arn:aws:iam::123456789012:role/autopilot\"," +
                "\"AutoMLJobObjective\":{\"MetricName\":\"F1\"}," +
                "\"AutoMLProblemTypeConfigName\":\"Tabular\"," +
                "\"AutoMLProblemTypeConfig\":{\"TabularJobConfig\":{\"TargetAttributeName\":\"churn\"}}," +
                "\"ResolvedAttributes\":{\"AutoMLProblemTypeResolvedAttributes\":{\"TabularResolvedAttributes\":{\"ProblemType\":\"BinaryClassification\"}}}," +
                "\"BestCandidate\":{\"CandidateName\":\"cand-1\",\"ObjectiveStatus\":\"Succeeded\",\"CandidateSteps\":[],\"CandidateStatus\":\"Completed\"," +
                $"\"CreationTime\":{created},\"LastModifiedTime\":{created},\"FinalAutoMLJobObjectiveMetric\":{{\"MetricName\":\"F1\",\"Value\":0.87654}}}}," +
                $"\"CreationTime\":{created},\"LastModifiedTime\":{modified}," +
                $"\"AutoMLJobStatus\":\"{status}\",\"AutoMLJobSecondaryStatus\":\"{secondary}\"" +
                extraMembers +
                "}";
        }

        /// <summary>Answers DescribeAutoMLJobV2 for any name with a job of that name; anything else is a 400.</summary>
        public static Reply DescribeAnyJob(RecordedRequest request)
        {
            if (request.Operation != "DescribeAutoMLJobV2")
            {
                return Reply.Error(400, "UnknownOperationException", "not faked: " + request.Operation);
            }

            string name = System.Text.Json.JsonDocument.Parse(request.Body).RootElement.GetProperty("AutoMLJobName").GetString()!;
            return Reply.Json(DescribeJobV2(name));
        }
    }
}
