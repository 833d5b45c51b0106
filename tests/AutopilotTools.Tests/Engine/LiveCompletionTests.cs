using System;
using System.Diagnostics;
using System.Linq;
using AutopilotTools.Tests.Hosting;
using AutopilotTools.Tests.Local;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    /// <summary>Tab completion of names only the service knows: live, cached briefly, never holding the prompt.</summary>
    public sealed class LiveCompletionTests
    {
        private static RunResult Complete(PowerShellSession session, string line) => session.RunScript(@"
            $StoredAWSRegion = 'eu-west-3'
            $StoredAWSCredentials = $args[1]
            (TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches | ForEach-Object CompletionText",
            line, new Amazon.Runtime.BasicAWSCredentials("AKIDCOMPLETE", "complete-secret")).ThrowIfErrors();

        [Fact]
        public void JobNamesCompleteFromTheServiceAndAreCachedBriefly()
        {
            PagedFake fake = new PagedFake().List("ListAutoMLJobs", "AutoMLJobSummaries", Enumerable.Range(1, 12).Select(PagedFake.JobSummary));
            using var server = new LoopbackServer(fake.Handle);
            using var session = new PowerShellSession();
            string line = $"Get-AutoMLJobV2 -EndpointUrl {server.Url} -AutoMLJobName job-01";

            RunResult first = Complete(session, line);
            RunResult second = Complete(session, line.Replace("job-01", "job-011"));

            Assert.Equal(new[] { "job-010", "job-011", "job-012" }, first.Output.Select(o => o.ToString()));
            Assert.Equal(new[] { "job-011" }, second.Output.Select(o => o.ToString()));
            Assert.Single(server.Requests);
        }

        [Fact]
        public void CandidateNamesCompleteForTheJobOnTheLine()
        {
            PagedFake fake = new PagedFake().List("ListCandidatesForAutoMLJob", "Candidates", Enumerable.Range(1, 3).Select(i => PagedFake.Candidate(i, 0.5)));
            using var server = new LoopbackServer(fake.Handle);
            using var session = new PowerShellSession();

            RunResult result = Complete(session, $"Get-AutoMLCandidate -EndpointUrl {server.Url} -AutoMLJobName churn-3 -CandidateName cand-00");

            Assert.Equal(new[] { "cand-001", "cand-002", "cand-003" }, result.Output.Select(o => o.ToString()));
            Assert.Contains("\"AutoMLJobName\":\"churn-3\"", Assert.Single(server.Requests).BodyText);
        }

        /// <summary>
        /// A service that never answers costs the prompt at most the completer's budget; the bound asserted is far
        /// above it and far below the service's minute of silence.
        /// </summary>
        [Fact]
        public void AnUnresponsiveServiceDoesNotHoldThePrompt()
        {
            using var server = new LoopbackServer(request => Reply.Json("{}") with { Delay = TimeSpan.FromMinutes(1) });
            using var session = new PowerShellSession();
            var clock = Stopwatch.StartNew();

            RunResult result = Complete(session, $"Get-AutoMLJobV2 -EndpointUrl {server.Url} -AutoMLJobName any");

            Assert.Empty(result.Output);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"completion took {clock.Elapsed}");
        }

        /// <summary>
        /// With the session's local server as the connection (no parameters, no AWS_* variables), names come from it:
        /// jobs for Get-AutoMLJobV2 and Wait-AutoMLJob, candidates of the job on the line for Get-AutoMLCandidate.
        /// </summary>
        [Fact]
        public void NamesCompleteFromTheSessionsLocalServer()
        {
            string folder = TempDirectories.Create();
            string csv = System.IO.Path.Combine(folder, "churn.csv");
            System.IO.File.WriteAllText(csv, ChurnData.Csv(ChurnData.Header, ChurnData.Rows(300, seed: 5)));
            using var session = new PowerShellSession();
            try
            {
                session.RunScript(@"
                    Start-AutoMLLocalServer -DataPath ($args[0] + '/data') | Out-Null
                    New-AutoMLJobV2 completes-locally -TrainingData $args[1] -TargetAttributeName churn -OutputPath s3://completion/out -MaxCandidates 2 `
                        -ProblemType BinaryClassification -ObjectiveMetric F1 -RoleArn arn:aws:iam::123456789012:role/autopilot | Wait-AutoMLJob -PollInterval 1 | Out-Null",
                    folder, csv).ThrowIfErrors();

                // The first Tab may outlast the prompt's budget while the client warms up; its answer serves the next.
                string[] TabUntilAnswered(string line) => Enumerable.Range(0, 20)
                    .Select(_ => session.RunScript("(TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches | ForEach-Object CompletionText", line).ThrowIfErrors())
                    .Select(r => r.Output.Select(o => o.ToString()!).ToArray())
                    .FirstOrDefault(names => names.Length > 0) ?? System.Array.Empty<string>();

                Assert.Equal(new[] { "completes-locally" }, TabUntilAnswered("Get-AutoMLJobV2 -AutoMLJobName completes-"));
                Assert.Equal(new[] { "completes-locally" }, TabUntilAnswered("Wait-AutoMLJob completes-"));
                string[] candidates = TabUntilAnswered("Get-AutoMLCandidate -AutoMLJobName completes-locally -CandidateName completes-locally-");
                Assert.Equal(2, candidates.Length);
                Assert.All(candidates, c => Assert.StartsWith("completes-locally-", c));
            }
            finally
            {
                session.RunScript("Stop-AutoMLLocalServer");
                TempDirectories.Remove(folder);
            }
        }

        /// <summary>A failed lookup is not an answer: the next Tab asks again, and gets the names.</summary>
        [Fact]
        public void AFailedLookupIsNotCached()
        {
            PagedFake fake = new PagedFake().List("ListAutoMLJobs", "AutoMLJobSummaries", Enumerable.Range(1, 3).Select(PagedFake.JobSummary));
            int calls = 0;
            using var server = new LoopbackServer(request => System.Threading.Interlocked.Increment(ref calls) == 1
                ? Reply.Error(400, "AccessDeniedException", "not yet")
                : fake.Handle(request));
            using var session = new PowerShellSession();
            string line = $"Get-AutoMLJobV2 -EndpointUrl {server.Url} -AutoMLJobName job-00";

            RunResult failed = Complete(session, line);
            Assert.True(server.WaitForRequests(1, TimeSpan.FromMinutes(1)));

            // A few more Tabs, well within the 30 s an answer is kept (a slow first fetch may still be failing on the
            // first of them); a cached failure would answer none of them.
            RunResult? next = Enumerable.Range(0, 5).Select(_ => Complete(session, line)).FirstOrDefault(r => r.Output.Count > 0);

            Assert.Empty(failed.Output);
            Assert.Equal(new[] { "job-001", "job-002", "job-003" }, next?.Output.Select(o => o.ToString()));
            Assert.Equal(2, server.Requests.Count);
        }
    }
}
