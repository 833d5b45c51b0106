using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    public sealed class StopAndCandidateTests
    {
        private static string JobNameIn(RecordedRequest request) => JsonDocument.Parse(request.Body).RootElement.GetProperty("AutoMLJobName").GetString()!;

        [Fact]
        public void StopWithWhatIfSendsNothing()
        {
            using var server = new LoopbackServer(FakeSageMaker.DescribeAnyJob);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("Stop-AutoMLJob churn-1, churn-2 @conn -WhatIf").ThrowIfErrors();

            Assert.Empty(server.Requests);
            Assert.Contains("What if: Performing the operation \"Stop AutoML job\" on target \"churn-1\"", result.HostText);
            Assert.Contains("churn-2", result.HostText);
        }

        [Fact]
        public void JobsFromAListingPipeIntoStopAndPassThruDescribesThem()
        {
            PagedFake fake = new PagedFake().List("ListAutoMLJobs", "AutoMLJobSummaries", Enumerable.Range(1, 3).Select(PagedFake.JobSummary));
            using var server = new LoopbackServer(request => request.Operation == "StopAutoMLJob" ? Reply.Json("{}") : fake.Handle(request));
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("Get-AutoMLJobV2 @conn | Where-Object AutoMLJobName -ne 'job-002' | Stop-AutoMLJob @conn -PassThru -Confirm:$false").ThrowIfErrors();

            Assert.Equal(new[] { "job-001", "job-003" }, result.Output.Select(o => ((AutoMLJob)o.BaseObject).AutoMLJobName));
            var stops = server.Requests.Where(r => r.Operation == "StopAutoMLJob").Select(JobNameIn);
            Assert.Equal(new[] { "job-001", "job-003" }, stops);
            Assert.Equal(2, server.Requests.Count(r => r.Operation == "DescribeAutoMLJobV2"));
        }

        [Fact]
        public void StoppingAMissingJobIsAnErrorAboutThatJobOnly()
        {
            using var server = new LoopbackServer(request => JobNameIn(request) == "ghost" ? Reply.Error(400, "ResourceNotFound", "not found") : Reply.Json("{}"));
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("Stop-AutoMLJob ghost, real @conn -Confirm:$false");

            ErrorRecord error = Assert.Single(result.Errors);
            Assert.Equal("AutoMLJobNotFound,AutopilotTools.Commands.StopAutoMLJobCommand", error.FullyQualifiedErrorId);
            Assert.Equal(new[] { "ghost", "real" }, server.Requests.Select(JobNameIn));
        }

        [Fact]
        public void CandidatesOfAPipedJobCarryTheJobNameAndStream()
        {
            PagedFake fake = new PagedFake().List("ListCandidatesForAutoMLJob", "Candidates", Enumerable.Range(1, 130).Select(i => PagedFake.Candidate(i, i / 200.0)));
            using var server = new LoopbackServer(fake.Handle);
            using var session = FakeSageMaker.SessionFor(server).Set("probe", fake.Probe);

            RunResult result = session.RunScript(@"
                Get-AutoMLJobV2 churn-7 @conn | Get-AutoMLCandidate @conn -SortBy finalobjectivemetricvalue -SortOrder descending |
                    ForEach-Object { $probe.Saw(); $_ }").ThrowIfErrors();

            Assert.Equal(130, result.Output.Count);
            var first = (AutoMLCandidate)result.Output[0].BaseObject;
            Assert.Equal(("churn-7", "cand-001", "xgboost", 0.005), (first.AutoMLJobName, first.CandidateName, first.Algorithm, first.ObjectiveValue));
            Assert.Equal(new[] { "TrainingJob:train-1" }, first.Steps);
            Assert.Equal(new[] { (100, 0), (100, 100) }, fake.Pages.Select(p => (p.MaxResults, p.SeenByClient)));
            JsonElement body = JsonDocument.Parse(server.Requests.First(r => r.Operation == "ListCandidatesForAutoMLJob").Body).RootElement;
            Assert.Equal(("churn-7", "FinalObjectiveMetricValue", "Descending"),
                (body.GetProperty("AutoMLJobName").GetString(), body.GetProperty("SortBy").GetString(), body.GetProperty("SortOrder").GetString()));
        }

        [Fact]
        public void BestIsTheJobsBestCandidateAndItPipesBackToItsJob()
        {
            using var server = new LoopbackServer(FakeSageMaker.DescribeAnyJob);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("Get-AutoMLCandidate churn-9 -Best @conn | Get-AutoMLJobV2 @conn").ThrowIfErrors();

            Assert.Equal("churn-9", result.Single<AutoMLJob>().AutoMLJobName);
            Assert.Equal(new[] { "churn-9", "churn-9" }, server.Requests.Select(JobNameIn));
        }

        [Fact]
        public void AJobWithoutABestCandidateYetSaysSo()
        {
            string noBest = FakeSageMaker.DescribeJobV2("early", "InProgress", "AnalyzingData");
            noBest = System.Text.RegularExpressions.Regex.Replace(noBest, "\"BestCandidate\":\\{.*?\\}\\},", string.Empty);
            using var server = new LoopbackServer(_ => Reply.Json(noBest));
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("Get-AutoMLCandidate early -Best @conn");

            ErrorRecord error = Assert.Single(result.Errors);
            Assert.Equal("NoBestCandidate,AutopilotTools.Commands.GetAutoMLCandidateCommand", error.FullyQualifiedErrorId);
            Assert.Contains("AnalyzingData", error.ToString());
            Assert.Empty(result.Output);
        }

        [Fact]
        public void TheCandidateTableFitsIn120Columns()
        {
            PagedFake fake = new PagedFake().List("ListCandidatesForAutoMLJob", "Candidates", new[] { PagedFake.Candidate(1, 0.91234) });
            using var server = new LoopbackServer(fake.Handle);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("Get-AutoMLCandidate churn-7 @conn | Out-Default").ThrowIfErrors();

            string[] lines = result.HostText.Split('\n').Where(l => l.Trim().Length > 0).ToArray();
            Assert.Matches(@"^CandidateName\s+Value\s+Algorithm\s+Status\s+Metric\s+Elapsed$", lines[0]);
            Assert.Matches(@"^cand-001\s+0\.9123 xgboost\s+Completed\s+F1\s+0:01:35$", lines[2]);
            Assert.All(lines, line => Assert.True(line.Length <= 120, line));
        }
    }
}
