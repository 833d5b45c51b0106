using System;
using System.Diagnostics;
using System.Linq;
using AutopilotTools.Tests.Hosting;
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
    }
}
