using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    /// <summary>Get-AutoMLJobV2 and Get-AutoMLJob without a name: ListAutoMLJobs, streamed page by page.</summary>
    public sealed class JobListingTests
    {
        private static PagedFake TwoHundredFiftyJobs() =>
            new PagedFake().List("ListAutoMLJobs", "AutoMLJobSummaries", Enumerable.Range(1, 250).Select(PagedFake.JobSummary));

        [Fact]
        public void ListsEveryJobAndWritesEachPageBeforeAskingForTheNext()
        {
            PagedFake fake = TwoHundredFiftyJobs();
            using var server = new LoopbackServer(fake.Handle);
            using var session = FakeSageMaker.SessionFor(server).Set("probe", fake.Probe);

            RunResult result = session.RunScript("Get-AutoMLJobV2 @conn | ForEach-Object { $probe.Saw(); $_ }").ThrowIfErrors();

            Assert.Equal(250, result.Output.Count);
            Assert.All(result.Output, o => Assert.IsType<AutoMLJobSummary>(o.BaseObject));
            Assert.Equal("job-250", result.Output.Last().Properties["AutoMLJobName"].Value);
            Assert.Equal(new[] { (100, 0), (100, 100), (100, 200) }, fake.Pages.Select(p => (p.MaxResults, p.SeenByClient)));
        }

        [Theory]
        [InlineData("-First 5", 5, new[] { 5 })]
        [InlineData("-First 150", 150, new[] { 100, 50 })]
        [InlineData("-Skip 3 -First 2", 2, new[] { 5 })]
        public void FirstAndSkipFetchNoPageThatIsNotNeeded(string paging, int expected, int[] pageSizes)
        {
            PagedFake fake = TwoHundredFiftyJobs();
            using var server = new LoopbackServer(fake.Handle);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("Get-AutoMLJobV2 @conn " + paging).ThrowIfErrors();

            Assert.Equal(expected, result.Output.Count);
            Assert.Equal(pageSizes, fake.Pages.Select(p => p.MaxResults));
        }

        [Fact]
        public void FiltersGoOnTheWireWithEnumValuesInTheirCanonicalCasing()
        {
            PagedFake fake = TwoHundredFiftyJobs();
            using var server = new LoopbackServer(fake.Handle);
            using var session = FakeSageMaker.SessionFor(server);

            session.RunScript(@"Get-AutoMLJobV2 @conn -StatusEquals inprogress -NameContains churn -SortBy creationtime -SortOrder descending `
                -CreatedAfter ([datetime]::new(2023, 11, 14, 22, 13, 20, 500, [System.DateTimeKind]::Utc)) -First 1").ThrowIfErrors();

            JsonElement body = JsonDocument.Parse(Assert.Single(server.Requests).Body).RootElement;
            Assert.Equal("InProgress", body.GetProperty("StatusEquals").GetString());
            Assert.Equal("churn", body.GetProperty("NameContains").GetString());
            Assert.Equal("CreationTime", body.GetProperty("SortBy").GetString());
            Assert.Equal("Descending", body.GetProperty("SortOrder").GetString());
            Assert.Equal(FakeSageMaker.CreationEpoch, body.GetProperty("CreationTimeAfter").GetDouble());
        }

        [Fact]
        public void AnUnknownStatusIsRefusedWithTheAllowedValuesBeforeAnyRequest()
        {
            using var server = new LoopbackServer(TwoHundredFiftyJobs().Handle);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("Get-AutoMLJobV2 @conn -StatusEquals Finished");

            ErrorRecord error = Assert.Single(result.Errors);
            Assert.Contains("'Finished'", error.ToString());
            Assert.Contains("Completed, InProgress, Failed, Stopped, Stopping", error.ToString());
            Assert.Empty(server.Requests);
        }

        [Fact]
        public void StatusValuesAreTabCompleted()
        {
            using var session = new PowerShellSession();

            RunResult result = session.RunScript(@"
                $line = 'Get-AutoMLJobV2 -StatusEquals st'
                (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText").ThrowIfErrors();

            Assert.Equal(new[] { "Stopped", "Stopping" }, result.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void TheSummaryTableFitsIn120Columns()
        {
            using var server = new LoopbackServer(TwoHundredFiftyJobs().Handle);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("Get-AutoMLJobV2 @conn -First 2 | Out-Default").ThrowIfErrors();

            string[] lines = result.HostText.Split('\n').Where(l => l.Trim().Length > 0).ToArray();
            Assert.Matches(@"^AutoMLJobName\s+Status\s+SecondaryStatus\s+Elapsed\s+Created \(UTC\)\s+Ended \(UTC\)$", lines[0]);
            Assert.Matches(@"^job-001\s+Completed\s+Completed\s+0:10:00 2023-11-14 22:13\s+2023-11-14 22:23$", lines[2]);
            Assert.All(lines, line => Assert.True(line.Length <= 120, line));
        }

        [Fact]
        public void GetAutoMLJobDescribesInTheV1Shape()
        {
            const string v1 = "{\"AutoMLJobName\":\"v1-job\",\"AutoMLJobArn\":\"arn:aws:sagemaker:eu-west-3:1:automl-job/v1-job\",\"AutoMLJobStatus\":\"Completed\"," +
                "\"AutoMLJobSecondaryStatus\":\"Completed\",\"ProblemType\":\"Regression\",\"ResolvedAttributes\":{\"ProblemType\":\"Regression\",\"AutoMLJobObjective\":{\"MetricName\":\"MSE\"}}," +
                "\"InputDataConfig\":[{\"TargetAttributeName\":\"price\",\"DataSource\":{\"S3DataSource\":{\"S3DataType\":\"S3Prefix\",\"S3Uri\":\"s3://b/p\"}}}]," +
                "\"OutputDataConfig\":{\"S3OutputPath\":\"s3://b/o\"},\"RoleArn\":\"arn:aws:iam::1:role/r\",\"CreationTime\":1700000000,\"LastModifiedTime\":1700000000}";
            using var server = new LoopbackServer(_ => Reply.Json(v1));
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("'v1-job' | Get-AutoMLJob @conn").ThrowIfErrors();

            var job = result.Single<AutoMLJobV1>();
            Assert.Equal(("Regression", "MSE", "price"), (job.ProblemType, job.ObjectiveMetric, job.InputDataConfig![0].TargetAttributeName));
            Assert.Equal("SageMaker.DescribeAutoMLJob", Assert.Single(server.Requests).Header("X-Amz-Target"));
        }
    }
}
