using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using AutopilotTools.Model;
using AutopilotTools.Tests.Local;
using Xunit;

namespace AutopilotTools.Tests.Conformance
{
    /// <summary>
    /// What the local server answers, read off the wire and held against the reference model's output shapes: the
    /// trained churn job (described, listed, its candidates and their training jobs), a V1 job described by both
    /// APIs, and a (failed) transform job described and listed. Only members of the shapes, every required member, and enum members holding only their enum's values
    /// (a candidate metric's MetricName is AutoMLMetricEnum, so LogLoss belongs in StandardMetricName alone).
    /// </summary>
    [Collection(LocalTrainingCollection.Name)]
    public sealed class ServerResponseConformanceTests
    {
        private readonly TrainedChurnServer _trained;

        public ServerResponseConformanceTests(TrainedChurnServer trained) => _trained = trained;

        [ReferenceFact]
        public async Task A_trained_jobs_documents_hold_only_what_their_shapes_allow()
        {
            using var http = new HttpClient();
            var problems = new List<string>();
            string url = _trained.Server.Url;
            string job = JsonSerializer.Serialize(new { AutoMLJobName = TrainedChurnServer.JobName });

            problems.AddRange(await CheckAsync(http, url, SageMakerOperations.DescribeAutoMLJobV2, job));
            problems.AddRange(await CheckAsync(http, url, SageMakerOperations.ListAutoMLJobs, "{}"));
            (List<string> listed, JsonElement candidates) = await CallAsync(http, url, SageMakerOperations.ListCandidatesForAutoMLJob, job);
            problems.AddRange(listed);
            var steps = candidates.GetProperty("Candidates").EnumerateArray()
                .SelectMany(c => c.GetProperty("CandidateSteps").EnumerateArray())
                .Where(s => s.GetProperty("CandidateStepType").GetString() == CandidateStepType.AWSSageMakerTrainingJob)
                .Select(s => s.GetProperty("CandidateStepName").GetString()!)
                .ToList();
            Assert.Equal(3, steps.Count);
            foreach (string step in steps)
            {
                problems.AddRange(await CheckAsync(http, url, SageMakerOperations.DescribeTrainingJob, JsonSerializer.Serialize(new { TrainingJobName = step })));
            }

            Assert.Contains(candidates.GetProperty("Candidates")[0].GetProperty("CandidateProperties").GetProperty("CandidateMetrics").EnumerateArray(),
                m => m.GetProperty("StandardMetricName").GetString() == "LogLoss" && !m.TryGetProperty("MetricName", out _));
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [ReferenceFact]
        public async Task A_v1_job_is_described_by_both_apis_as_their_shapes_allow()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            await server.SageMaker().CreateAutoMLJobAsync(Jobs.V1("v1-shapes"));
            using var http = new HttpClient();
            string job = JsonSerializer.Serialize(new { AutoMLJobName = "v1-shapes" });

            var problems = (await CheckAsync(http, server.Url, SageMakerOperations.DescribeAutoMLJob, job))
                .Concat(await CheckAsync(http, server.Url, SageMakerOperations.DescribeAutoMLJobV2, job))
                .ToList();

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [ReferenceFact]
        public async Task Transform_jobs_are_described_and_listed_as_their_shapes_allow()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, new EchoModelHost());
            await server.SageMaker().CreateModelAsync(Deployments.Model("echo"));
            await Training.UploadAsync(server, "data", "in/a.csv", "1\nbad\n");
            await server.SageMaker().CreateTransformJobAsync(TransformJobs.Request("shapes", "echo", "s3://data/in/", "s3://data/out/"));
            await TransformJobs.WaitAsync(server.SageMaker(), "shapes");
            using var http = new HttpClient();

            var problems = (await CheckAsync(http, server.Url, SageMakerOperations.DescribeTransformJob, "{\"TransformJobName\": \"shapes\"}"))
                .Concat(await CheckAsync(http, server.Url, SageMakerOperations.ListTransformJobs, "{}"))
                .ToList();

            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [ReferenceFact]
        public void The_check_finds_an_extended_metric_under_MetricName()
        {
            using JsonDocument candidate = JsonDocument.Parse("{\"CandidateMetrics\":[{\"MetricName\":\"LogLoss\",\"StandardMetricName\":\"LogLoss\",\"Value\":0.3,\"Set\":\"Validation\"}]}");

            string problem = Assert.Single(ShapeConformance.Problems(candidate.RootElement, "CandidateProperties", "CandidateProperties"));

            Assert.Equal("CandidateProperties.CandidateMetrics[0].MetricName: 'LogLoss' is not a value of AutoMLMetricEnum", problem);
        }

        private static async Task<List<string>> CheckAsync(HttpClient http, string url, string operation, string body) =>
            (await CallAsync(http, url, operation, body)).Problems;

        /// <summary>Calls the operation as any JSON client does and checks the answer against the operation's output shape.</summary>
        private static async Task<(List<string> Problems, JsonElement Response)> CallAsync(HttpClient http, string url, string operation, string body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url + "/") { Content = new StringContent(body, Encoding.UTF8) };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-amz-json-1.1");
            request.Headers.Add("X-Amz-Target", "SageMaker." + operation);
            using HttpResponseMessage response = await http.SendAsync(request);
            string text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, operation + ": " + text);
            JsonElement json = JsonDocument.Parse(text).RootElement.Clone();
            string output = ReferenceModel.Operations.GetProperty(operation).GetProperty("output").GetProperty("shape").GetString()!;
            return (ShapeConformance.Problems(json, output, operation), json);
        }
    }
}
