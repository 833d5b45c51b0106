using System;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using System.Text.RegularExpressions;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    /// <summary>Get-AutoMLJobV2 through the hosted engine, over real HTTP to a loopback server.</summary>
    public sealed class GetAutoMLJobV2Tests
    {
        [Fact]
        public void DescribesAJobByNameAndWritesATypedJob()
        {
            using var server = new LoopbackServer(FakeSageMaker.DescribeAnyJob);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("Get-AutoMLJobV2 -AutoMLJobName churn-1 @conn").ThrowIfErrors();

            var job = result.Single<AutoMLJob>();
            Assert.Equal("churn-1", job.AutoMLJobName);
            Assert.Equal("InProgress", job.AutoMLJobStatus);
            Assert.Equal("BinaryClassification", job.ProblemType);
            Assert.Equal("F1", job.ObjectiveMetric);
            Assert.Equal(0.87654, job.BestObjectiveValue);
            Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20, 500, DateTimeKind.Utc), job.CreationTime);
            Assert.Equal(DateTimeKind.Utc, job.CreationTime!.Value.Kind);
            Assert.Equal("s3://bucket/train/", job.AutoMLJobInputDataConfig![0].DataSource!.S3DataSource!.S3Uri);

            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal("POST", request.Method);
            Assert.Equal("/", request.Path);
            Assert.Equal("SageMaker.DescribeAutoMLJobV2", request.Header("X-Amz-Target"));
            Assert.StartsWith("application/x-amz-json-1.1", request.Header("Content-Type"));
            Assert.Equal("{\"AutoMLJobName\":\"churn-1\"}", request.BodyText);
        }

        [Fact]
        public void TakesNamesArnsObjectsAndJobsFromThePipeline()
        {
            using var server = new LoopbackServer(FakeSageMaker.DescribeAnyJob);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript(@"
                'by-string' | Get-AutoMLJobV2 @conn
                'arn:aws:sagemaker:eu-west-3:123456789012:automl-job/by-arn' | Get-AutoMLJobV2 @conn
                [pscustomobject]@{ AutoMLJobName = 'by-property' } | Get-AutoMLJobV2 @conn
                Get-AutoMLJobV2 by-position @conn | Get-AutoMLJobV2 @conn
                Get-AutoMLJobV2 -Name 'first', 'second' @conn").ThrowIfErrors();

            Assert.Equal(
                new[] { "by-string", "by-arn", "by-property", "by-position", "first", "second" },
                result.Output.Select(o => ((AutoMLJob)o.BaseObject).AutoMLJobName));
            Assert.Equal(
                new[] { "by-string", "by-arn", "by-property", "by-position", "by-position", "first", "second" },
                server.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("AutoMLJobName").GetString()));
        }

        [Fact]
        public void AMissingJobIsANonTerminatingErrorNamingTheJob()
        {
            using var server = new LoopbackServer(request =>
                request.BodyText.Contains("ghost") ? Reply.Error(400, "ResourceNotFound", "Requested resource not found.") : FakeSageMaker.DescribeAnyJob(request));
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("'ghost', 'real' | Get-AutoMLJobV2 @conn");

            Assert.Null(result.Terminating);
            Assert.Equal("real", Assert.Single(result.Output).Properties["AutoMLJobName"].Value);
            ErrorRecord error = Assert.Single(result.Errors);
            Assert.Equal("AutoMLJobNotFound,AutopilotTools.Commands.GetAutoMLJobV2Command", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Equal("ghost", error.TargetObject);
            Assert.Contains("'ghost'", error.ToString());
            Assert.Contains(FakeSageMaker.Region, error.ToString());
            var service = Assert.IsType<AutopilotTools.Client.Errors.ResourceNotFoundException>(error.Exception);
            Assert.Equal("ResourceNotFound", service.ErrorCode);
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, service.StatusCode);
            Assert.False(string.IsNullOrEmpty(service.RequestId));
        }

        [Theory]
        [InlineData("bad_name!", "must match the pattern")]
        [InlineData("this-name-is-far-too-long-for-an-automl-job", "must be between 1 and 32 characters long")]
        [InlineData("arn:aws:sagemaker:eu-west-3:123456789012:endpoint/not-a-job", "automl-job/<name>")]
        public void AnInvalidNameFailsBeforeAnyRequest(string name, string rule)
        {
            using var server = new LoopbackServer(FakeSageMaker.DescribeAnyJob);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("$args[0] | Get-AutoMLJobV2 @conn", name);

            Assert.Empty(result.Output);
            ErrorRecord error = Assert.Single(result.Errors);
            Assert.Equal("InvalidAutoMLJobIdentity,AutopilotTools.Commands.GetAutoMLJobV2Command", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains("'" + name + "'", error.ToString());
            Assert.Contains(rule, error.ToString());
            Assert.Equal(name, error.TargetObject);
            Assert.Empty(server.Requests);
        }

        [Fact]
        public void MembersNewerThanTheModelAreOnTheObjectByTheirApiNames()
        {
            using var server = new LoopbackServer(_ => Reply.Json(FakeSageMaker.DescribeJobV2("j", extraMembers: ",\"SomeFutureMember\":{\"Depth\":[1,2]}")));
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript(
                "$job = Get-AutoMLJobV2 j @conn; " +
                "$job.SomeFutureMember.Depth -join ','; " +
                "[AutopilotTools.Model.NewerMembers]::Of($job)['SomeFutureMember'].GetRawText(); " +
                "($job.PSObject.Properties.Name -contains 'AdditionalMembers')").ThrowIfErrors();

            Assert.Equal(new object[] { "1,2", "{\"Depth\":[1,2]}", false }, result.Output.Select(o => o.BaseObject).ToArray());
        }

        [Fact]
        public void TheTableViewShowsTheJobAt120Columns()
        {
            using var server = new LoopbackServer(_ => Reply.Json(FakeSageMaker.DescribeJobV2("churn-weekly", "Completed", "Completed", runSeconds: 6307)));
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("Get-AutoMLJobV2 churn-weekly @conn | Out-Default").ThrowIfErrors();

            string[] lines = result.HostText.Split('\n').Where(l => l.Trim().Length > 0).ToArray();
            Assert.True(Regex.IsMatch(lines[0], @"^AutoMLJobName\s+Status\s+SecondaryStatus\s+Elapsed\s+ProblemType\s+Metric\s+Best$"), result.HostText);
            Assert.True(Regex.IsMatch(lines[2], @"^churn-weekly\s+Completed\s+Completed\s+1:45:07 BinaryClassification\s+F1\s+0\.8765$"), result.HostText);
            Assert.All(lines, line => Assert.True(line.Length <= 120, line));
        }
    }
}
