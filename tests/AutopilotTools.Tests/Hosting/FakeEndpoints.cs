using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace AutopilotTools.Tests.Hosting
{
    /// <summary>
    /// A job whose best candidate has the three inference containers of an HPO classification pipeline, and the
    /// model, endpoint config and endpoint operations with state: endpoints go Creating, then InService (or the
    /// given final status) after a few describes; deletes of what does not exist answer as SageMaker does. The
    /// runtime echoes one prediction line per row.
    /// </summary>
    public sealed class FakeEndpoints
    {
        private readonly Dictionary<string, string> _models = new Dictionary<string, string>();
        private readonly Dictionary<string, string> _configs = new Dictionary<string, string>();
        private readonly Dictionary<string, int> _endpoints = new Dictionary<string, int>();

        public string FinalStatus { get; set; } = "InService";

        public string? FailCreate { get; set; }

        public List<string> Operations { get; } = new List<string>();

        public const string Candidate =
            "{\"CandidateName\":\"churn-xgb-007\",\"ObjectiveStatus\":\"Succeeded\",\"CandidateStatus\":\"Completed\",\"CandidateSteps\":[]," +
            "\"CreationTime\":1700000000,\"LastModifiedTime\":1700000000,\"FinalAutoMLJobObjectiveMetric\":{\"MetricName\":\"F1\",\"Value\":0.9}," +
            "\"InferenceContainers\":[" +
            "{\"Image\":\"sklearn-automl\",\"ModelDataUrl\":\"s3://b/fe.tar.gz\",\"Environment\":{\"AUTOML_TRANSFORM_MODE\":\"feature-transform\"}}," +
            "{\"Image\":\"xgboost\",\"ModelDataUrl\":\"s3://b/xgb.tar.gz\",\"Environment\":{\"SAGEMAKER_INFERENCE_SUPPORTED\":\"probability,probabilities,predicted_label\"}}," +
            "{\"Image\":\"sklearn-automl\",\"ModelDataUrl\":\"s3://b/inverse.tar.gz\",\"Environment\":{\"SAGEMAKER_INFERENCE_SUPPORTED\":\"probability,probabilities,predicted_label,labels\"}}]}";

        /// <summary>A one-container candidate that cannot return labels or probabilities.</summary>
        public const string LinearCandidate =
            "{\"CandidateName\":\"churn-linear-002\",\"ObjectiveStatus\":\"Succeeded\",\"CandidateStatus\":\"Completed\",\"CandidateSteps\":[]," +
            "\"CreationTime\":1700000000,\"LastModifiedTime\":1700000000," +
            "\"InferenceContainers\":[{\"Image\":\"linear\",\"ModelDataUrl\":\"s3://b/l.tar.gz\",\"Environment\":{\"SAGEMAKER_INFERENCE_SUPPORTED\":\"predicted_label, probability\"}}]}";

        public Reply Handle(RecordedRequest request)
        {
            lock (Operations)
            {
                string operation = request.Operation ?? "InvokeEndpoint";
                Operations.Add(operation);
                if (operation == FailCreate)
                {
                    return Reply.Error(400, "ResourceLimitExceeded", "The account-level service limit for ml.m5.large endpoints is 0.");
                }

                JsonElement body = request.Operation == null ? default : JsonDocument.Parse(request.Body).RootElement;
                switch (operation)
                {
                    case "DescribeAutoMLJobV2":
                        string job = FakeSageMaker.DescribeJobV2(body.GetProperty("AutoMLJobName").GetString()!, "Completed", "Completed");
                        return Reply.Json(System.Text.RegularExpressions.Regex.Replace(job, "\"BestCandidate\":\\{.*?\\}\\},", "\"BestCandidate\":" + Candidate + ","));
                    case "ListCandidatesForAutoMLJob":
                        string? wanted = body.TryGetProperty("CandidateNameEquals", out JsonElement n) ? n.GetString() : null;
                        string found = wanted == "churn-xgb-007" ? Candidate : wanted == "churn-linear-002" ? LinearCandidate : string.Empty;
                        return Reply.Json("{\"Candidates\":[" + found + "]}");
                    case "CreateModel":
                        _models[body.GetProperty("ModelName").GetString()!] = body.GetRawText();
                        return Reply.Json("{\"ModelArn\":\"arn:aws:sagemaker:eu-west-3:123456789012:model/m\"}");
                    case "CreateEndpointConfig":
                        _configs[body.GetProperty("EndpointConfigName").GetString()!] = body.GetRawText();
                        return Reply.Json("{\"EndpointConfigArn\":\"arn:aws:sagemaker:eu-west-3:123456789012:endpoint-config/c\"}");
                    case "CreateEndpoint":
                        _endpoints[body.GetProperty("EndpointName").GetString()!] = 0;
                        return Reply.Json("{\"EndpointArn\":\"arn:aws:sagemaker:eu-west-3:123456789012:endpoint/e\"}");
                    case "DescribeEndpoint":
                        return DescribeEndpoint(body.GetProperty("EndpointName").GetString()!);
                    case "DescribeEndpointConfig":
                        string configName = body.GetProperty("EndpointConfigName").GetString()!;
                        return _configs.TryGetValue(configName, out string? config) ? Reply.Json(config) : Missing("endpoint configuration", configName);
                    case "DeleteEndpoint":
                        return Delete(_endpoints, body.GetProperty("EndpointName").GetString()!, "endpoint");
                    case "DeleteEndpointConfig":
                        return Delete(_configs, body.GetProperty("EndpointConfigName").GetString()!, "endpoint configuration");
                    case "DeleteModel":
                        return Delete(_models, body.GetProperty("ModelName").GetString()!, "model");
                    case "InvokeEndpoint":
                        string[] rows = Encoding.UTF8.GetString(request.Body).Split('\n', StringSplitOptions.RemoveEmptyEntries);
                        return new Reply(200, string.Concat(rows.Select((r, i) => $"{(i % 2 == 0 ? "yes" : "no")},0.{90 - i}\n")), new Dictionary<string, string> { ["Content-Type"] = "text/csv" });
                    default:
                        return Reply.Error(400, "UnknownOperationException", operation);
                }
            }
        }

        public string ModelRequest(string name) => _models[name];

        public string ConfigRequest(string name) => _configs[name];

        public IReadOnlyCollection<string> Endpoints => _endpoints.Keys;

        public IReadOnlyCollection<string> Models => _models.Keys;

        public IReadOnlyCollection<string> Configs => _configs.Keys;

        private Reply DescribeEndpoint(string name)
        {
            if (!_endpoints.TryGetValue(name, out int describes))
            {
                return Missing("endpoint", name);
            }

            _endpoints[name] = describes + 1;
            string status = describes < 2 ? "Creating" : FinalStatus;
            string config = _configs.Keys.LastOrDefault() ?? name;
            string reason = status == "Failed" ? ",\"FailureReason\":\"The primary container for production variant AllTraffic did not pass the ping health check.\"" : string.Empty;
            return Reply.Json($"{{\"EndpointName\":\"{name}\",\"EndpointArn\":\"arn:aws:sagemaker:eu-west-3:123456789012:endpoint/{name}\",\"EndpointConfigName\":\"{config}\"," +
                $"\"EndpointStatus\":\"{status}\",\"CreationTime\":1700000000,\"LastModifiedTime\":1700000000{reason}}}");
        }

        private static Reply Delete<T>(Dictionary<string, T> resources, string name, string kind) =>
            resources.Remove(name) ? Reply.Json("{}") : Missing(kind, name);

        private static Reply Missing(string kind, string name) => Reply.Error(400, "ValidationException", $"Could not find {kind} \\\"{name}\\\".");
    }
}
