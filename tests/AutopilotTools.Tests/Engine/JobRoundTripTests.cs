using System.Linq;
using System.Text.Json;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    /// <summary>
    /// A described job feeds a new one: piped, or through ConvertTo-Json and ConvertFrom-Json, it is the request
    /// that would make it again (its request members, read-only ones dropped), with parameters on top.
    /// </summary>
    public sealed class JobRoundTripTests
    {
        private const string V1Job = "{\"AutoMLJobName\":\"old-v1\",\"AutoMLJobArn\":\"arn:aws:sagemaker:eu-west-3:1:automl-job/old-v1\",\"AutoMLJobStatus\":\"Completed\"," +
            "\"AutoMLJobSecondaryStatus\":\"Completed\",\"ProblemType\":\"Regression\",\"ResolvedAttributes\":{\"ProblemType\":\"Regression\",\"AutoMLJobObjective\":{\"MetricName\":\"MSE\"}}," +
            "\"InputDataConfig\":[{\"TargetAttributeName\":\"price\",\"ContentType\":\"text/csv;header=present\",\"DataSource\":{\"S3DataSource\":{\"S3DataType\":\"S3Prefix\",\"S3Uri\":\"s3://b/p/\"}}}]," +
            "\"OutputDataConfig\":{\"S3OutputPath\":\"s3://b/o/\"},\"RoleArn\":\"arn:aws:iam::123456789012:role/r\",\"AutoMLJobConfig\":{\"CompletionCriteria\":{\"MaxCandidates\":3}}," +
            "\"CreationTime\":1700000000,\"LastModifiedTime\":1700000000,\"EndTime\":1700000100}";

        /// <summary>Describes any job as a completed one; creates record their request and answer with an ARN.</summary>
        private static Reply Service(RecordedRequest request) => request.Operation switch
        {
            "CreateAutoMLJobV2" or "CreateAutoMLJob" => Reply.Json("{\"AutoMLJobArn\":\"arn:aws:sagemaker:eu-west-3:123456789012:automl-job/new\"}"),
            "DescribeAutoMLJob" => Reply.Json(V1Job),
            _ => Reply.Json(DescribeJobV2(JsonDocument.Parse(request.Body).RootElement.GetProperty("AutoMLJobName").GetString()!)),
        };

        /// <summary>A completed job that asked for its problem type and objective, as a job created with both describes.</summary>
        private static string DescribeJobV2(string name) =>
            FakeSageMaker.DescribeJobV2(name, "Completed", "MaxCandidatesReached", runSeconds: 5)
                .Replace("{\"TargetAttributeName\":\"churn\"}", "{\"TargetAttributeName\":\"churn\",\"ProblemType\":\"BinaryClassification\"}");

        private static JsonElement CreateBody(LoopbackServer server, string operation = "CreateAutoMLJobV2") =>
            JsonDocument.Parse(server.Requests.Single(r => r.Operation == operation).Body).RootElement;

        [Fact]
        public void APipedJobIsTheRequestForANewJobWithoutItsReadOnlyMembers()
        {
            using var server = new LoopbackServer(Service);
            using var session = FakeSageMaker.SessionFor(server);

            session.RunScript("Get-AutoMLJobV2 old @conn | New-AutoMLJobV2 -AutoMLJobName new @conn").ThrowIfErrors();

            JsonElement body = CreateBody(server);
            Assert.Equal(
                new[] { "AutoMLJobName", "AutoMLJobInputDataConfig", "OutputDataConfig", "RoleArn", "AutoMLJobObjective", "AutoMLProblemTypeConfig" }.OrderBy(n => n),
                body.EnumerateObject().Select(p => p.Name).OrderBy(n => n));
            Assert.Equal("new", body.GetProperty("AutoMLJobName").GetString());
            Assert.Equal("s3://bucket/train/", body.GetProperty("AutoMLJobInputDataConfig")[0].GetProperty("DataSource").GetProperty("S3DataSource").GetProperty("S3Uri").GetString());
            Assert.Equal("churn", body.GetProperty("AutoMLProblemTypeConfig").GetProperty("TabularJobConfig").GetProperty("TargetAttributeName").GetString());
        }

        [Fact]
        public void NewTrainingDataReplacesTheOldJobsChannelAndKeepsTheRest()
        {
            using var server = new LoopbackServer(Service);
            using var session = FakeSageMaker.SessionFor(server);

            session.RunScript("Get-AutoMLJobV2 old @conn | New-AutoMLJobV2 -AutoMLJobName new -TrainingData s3://bucket/june/ @conn").ThrowIfErrors();

            JsonElement body = CreateBody(server);
            JsonElement channel = body.GetProperty("AutoMLJobInputDataConfig").EnumerateArray().Single();
            Assert.Equal(("s3://bucket/june/", "text/csv;header=present"), (channel.GetProperty("DataSource").GetProperty("S3DataSource").GetProperty("S3Uri").GetString(), channel.GetProperty("ContentType").GetString()));
            Assert.Equal(("churn", "s3://bucket/out/", "F1"), (
                body.GetProperty("AutoMLProblemTypeConfig").GetProperty("TabularJobConfig").GetProperty("TargetAttributeName").GetString(),
                body.GetProperty("OutputDataConfig").GetProperty("S3OutputPath").GetString(),
                body.GetProperty("AutoMLJobObjective").GetProperty("MetricName").GetString()));
        }

        [Fact]
        public void AJobThroughConvertToJsonAndConvertFromJsonMakesTheSameRequest()
        {
            using var server = new LoopbackServer(Service);
            using var session = FakeSageMaker.SessionFor(server);
            session.RunScript(@"
                $json = Get-AutoMLJobV2 old @conn | ConvertTo-Json -Depth 10
                New-AutoMLJobV2 -InputObject ($json | ConvertFrom-Json) -AutoMLJobName from-object @conn
                New-AutoMLJobV2 -InputObject $json -AutoMLJobName from-text @conn").ThrowIfErrors();
            session.RunScript("Get-AutoMLJobV2 old @conn | New-AutoMLJobV2 -AutoMLJobName piped @conn").ThrowIfErrors();

            var bodies = server.Requests.Where(r => r.Operation == "CreateAutoMLJobV2")
                .Select(r => JsonDocument.Parse(r.Body).RootElement).ToDictionary(b => b.GetProperty("AutoMLJobName").GetString()!, b => b);
            string Without(string name) => bodies[name].ToString().Replace("\"" + name + "\"", "\"?\"");
            Assert.Equal(Without("piped"), Without("from-object"));
            Assert.Equal(Without("piped"), Without("from-text"));
        }

        [Fact]
        public void AMisspeltMemberOfADescribedJobIsStillReported()
        {
            using var server = new LoopbackServer(Service);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript(@"
                $job = Get-AutoMLJobV2 old @conn
                New-AutoMLJobV2 -InputObject @{ AutoMLJobArn = $job.AutoMLJobArn; AutoMLJobStatus = 'Completed'; RoleArm = 'x' } -AutoMLJobName new @conn");

            Assert.Contains(result.Errors, e => e.Exception.Message.Contains("RoleArm") && e.Exception.Message.Contains("RoleArn"));
            Assert.DoesNotContain(result.Errors, e => e.Exception.Message.Contains("AutoMLJobStatus"));
            Assert.DoesNotContain(server.Requests, r => r.Operation == "CreateAutoMLJobV2");
        }

        [Fact]
        public void AV1JobPipesIntoNewAutoMLJob()
        {
            using var server = new LoopbackServer(Service);
            using var session = FakeSageMaker.SessionFor(server);

            session.RunScript("Get-AutoMLJob old-v1 @conn | New-AutoMLJob -AutoMLJobName new-v1 -TrainingData s3://bucket/june/ @conn").ThrowIfErrors();

            JsonElement body = CreateBody(server, "CreateAutoMLJob");
            Assert.Equal(
                new[] { "AutoMLJobName", "InputDataConfig", "OutputDataConfig", "ProblemType", "AutoMLJobConfig", "RoleArn" }.OrderBy(n => n),
                body.EnumerateObject().Select(p => p.Name).OrderBy(n => n));
            JsonElement channel = body.GetProperty("InputDataConfig").EnumerateArray().Single();
            Assert.Equal(("price", "s3://bucket/june/"), (channel.GetProperty("TargetAttributeName").GetString(), channel.GetProperty("DataSource").GetProperty("S3DataSource").GetProperty("S3Uri").GetString()));
        }

        [Fact]
        public void TrainingDataAloneStillAsksForTheTargetAndOutputPath()
        {
            using var server = new LoopbackServer(Service);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("New-AutoMLJobV2 new -TrainingData s3://bucket/june/ -RoleArn arn:aws:iam::123456789012:role/r @conn");

            Assert.Equal(new[] { "-TargetAttributeName", "-OutputPath" }, result.Errors.Select(e => e.Exception.Message.Split(' ')[0]));
            Assert.Empty(server.Requests);
        }
    }
}
