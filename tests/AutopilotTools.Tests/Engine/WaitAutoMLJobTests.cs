using System;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    /// <summary>Wait-AutoMLJob against jobs that move on as they are polled (short poll intervals keep it quick).</summary>
    public sealed class WaitAutoMLJobTests
    {
        private const string Fast = "-PollInterval 0.02";

        [Fact]
        public void WaitsForAJobAndWritesItFinishedWithProgressOnTheWay()
        {
            var fleet = new JobFleet().Add("churn-1", finishAt: 3);
            using var server = new LoopbackServer(fleet.Handle);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript($"Wait-AutoMLJob churn-1 @conn {Fast}").ThrowIfErrors();

            var job = result.Single<AutoMLJob>();
            Assert.Equal(("churn-1", "Completed"), (job.AutoMLJobName, job.AutoMLJobStatus));
            Assert.Contains(result.Progress, p => p.Activity == "churn-1" && p.StatusDescription.Contains("InProgress / ModelTuning") && p.StatusDescription.Contains("candidate(s)"));
            Assert.Contains(result.Progress, p => p.Activity.StartsWith("Waiting for 1 AutoML job") && p.RecordType == ProgressRecordType.Completed);
        }

        [Fact]
        public void JobsAreWrittenAsTheyFinishAndFailuresAreErrorsWithTheirReasons()
        {
            const string failure = ",\"FailureReason\":\"ClientError: target column missing\",\"PartialFailureReasons\":[{\"PartialFailureMessage\":\"candidate 3 ran out of memory\"}]";
            var fleet = new JobFleet().Add("slow", finishAt: 4).Add("quick", finishAt: 1).Add("broken", finishAt: 2, final: "Failed", extraMembers: failure);
            using var server = new LoopbackServer(fleet.Handle);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript($"'slow', 'quick', 'broken' | Wait-AutoMLJob @conn {Fast}");

            Assert.Equal(new[] { "quick", "slow" }, result.Output.Select(o => ((AutoMLJob)o.BaseObject).AutoMLJobName));
            ErrorRecord error = Assert.Single(result.Errors);
            Assert.Equal("AutoMLJobFailed,AutopilotTools.Commands.WaitAutoMLJobCommand", error.FullyQualifiedErrorId);
            Assert.Equal("broken", error.TargetObject);
            Assert.Contains("target column missing", error.ToString());
            Assert.Contains("candidate 3 ran out of memory", error.ToString());
            Assert.Equal("AutoMLJobFailedException", error.Exception.GetType().Name);
            Assert.Equal("Failed", ((AutoMLJob)PSObject.AsPSObject(error.Exception).Properties["Job"].Value).AutoMLJobStatus);
        }

        [Fact]
        public void AStoppedJobIsAWarningUnlessAskedToBeAnError()
        {
            var fleet = new JobFleet().Add("halted", finishAt: 1, final: "Stopped");
            using var server = new LoopbackServer(fleet.Handle);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult warned = session.RunScript($"Wait-AutoMLJob halted @conn {Fast}").ThrowIfErrors();
            RunResult failed = session.RunScript($"Wait-AutoMLJob halted @conn {Fast} -ErrorOnStopped");

            Assert.Equal("Stopped", warned.Single<AutoMLJob>().AutoMLJobStatus);
            Assert.Contains(warned.Warnings, w => w.Contains("'halted' was stopped"));
            Assert.Empty(failed.Output);
            Assert.Equal("AutoMLJobStopped,AutopilotTools.Commands.WaitAutoMLJobCommand", Assert.Single(failed.Errors).FullyQualifiedErrorId);
        }

        [Fact]
        public void ATimeoutReportsEachUnfinishedJobAndStillWritesTheFinishedOnes()
        {
            var fleet = new JobFleet().Add("done", finishAt: 1).Add("endless-a", finishAt: 1000).Add("endless-b", finishAt: 1000);
            using var server = new LoopbackServer(fleet.Handle);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript($"Wait-AutoMLJob done, endless-a, endless-b @conn -PollInterval 0.05 -Timeout 0.6");

            Assert.Equal("done", result.Single<AutoMLJob>().AutoMLJobName);
            Assert.Equal(new[] { "endless-a", "endless-b" }, result.Errors.Select(e => e.TargetObject).OrderBy(t => t));
            Assert.All(result.Errors, e => Assert.Equal(ErrorCategory.OperationTimeout, e.CategoryInfo.Category));
            Assert.All(result.Errors, e => Assert.Contains("keeps running", e.ToString()));
        }

        [Fact]
        public void AMissingJobIsAnErrorAndTheOthersAreStillAwaited()
        {
            var fleet = new JobFleet().Add("real", finishAt: 2);
            using var server = new LoopbackServer(fleet.Handle);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript($"Wait-AutoMLJob ghost, real @conn {Fast}");

            Assert.Equal("real", result.Single<AutoMLJob>().AutoMLJobName);
            Assert.Equal("AutoMLJobNotFound,AutopilotTools.Commands.WaitAutoMLJobCommand", Assert.Single(result.Errors).FullyQualifiedErrorId);
        }

        /// <summary>
        /// 200 jobs: one describe each at the start and at the end, and in between one ListAutoMLJobs call per poll
        /// per 100 changed jobs, where describing each job every poll would cost 200 calls a poll.
        /// </summary>
        [Fact]
        public void TwoHundredJobsCostAListingPerPollNotADescribePerJob()
        {
            var fleet = new JobFleet();
            for (int i = 0; i < 200; i++)
            {
                fleet.Add($"job-{i:D3}", finishAt: 1 + (i % 5));
            }

            using var server = new LoopbackServer(fleet.Handle);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript($"Get-AutoMLJobV2 job-000 @conn | Out-Null; 0..199 | ForEach-Object {{ 'job-{{0:D3}}' -f $_ }} | Wait-AutoMLJob @conn {Fast}").ThrowIfErrors();

            Assert.Equal(200, result.Output.Count);
            Assert.All(result.Output, o => Assert.Equal("Completed", ((AutoMLJob)o.BaseObject).AutoMLJobStatus));
            var listingsPerPoll = fleet.Calls.Where(c => c.Operation == "ListAutoMLJobs").GroupBy(c => c.Cycle).Select(poll => poll.Count()).ToList();
            Assert.InRange(listingsPerPoll.Count, 5, 6);
            Assert.All(listingsPerPoll, listings => Assert.InRange(listings, 1, 2));
            Assert.Equal(200 + 1, fleet.Calls.Count(c => c.Operation == "DescribeAutoMLJobV2" && c.Cycle == 0));
            Assert.Equal(200, fleet.Calls.Count(c => c.Operation == "DescribeAutoMLJobV2" && c.Cycle > 0));
            Assert.True(fleet.Calls.Count < 200 * 3, $"{fleet.Calls.Count} calls in all");
        }

        [Fact]
        public void ThrottledPollsAreWaitedOutNotFatal()
        {
            var fleet = new JobFleet { ThrottleListings = 5 };
            for (int i = 0; i < 5; i++)
            {
                fleet.Add($"job-{i}", finishAt: 2);
            }

            using var server = new LoopbackServer(fleet.Handle);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript($"0..4 | ForEach-Object {{ \"job-$_\" }} | Wait-AutoMLJob @conn {Fast} -Verbose").ThrowIfErrors();

            Assert.Equal(5, result.Output.Count);
            Assert.Contains(result.Verbose, v => v.StartsWith("Waiting out a failed poll", StringComparison.Ordinal) && v.Contains("Rate exceeded"));
        }

        /// <summary>Ctrl+C while waiting between polls (a minute apart) ends the wait at once and leaves the job alone.</summary>
        [Fact]
        public void StoppingEndsTheWaitPromptly()
        {
            var fleet = new JobFleet().Add("long", finishAt: 1000);
            using var server = new LoopbackServer(fleet.Handle);
            using var session = FakeSageMaker.SessionFor(server);
            var clock = new Stopwatch();

            RunResult result = session.RunScriptAndInterrupt("Wait-AutoMLJob long @conn -PollInterval 60", shell =>
            {
                Assert.True(server.WaitForRequests(1, TimeSpan.FromSeconds(30)));
                clock.Start();
                shell.Stop();
            });
            clock.Stop();

            Assert.Equal(PSInvocationState.Stopped, result.State);
            Assert.Empty(result.Output);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"stopping took {clock.Elapsed}");
            Assert.DoesNotContain(server.Requests, r => r.Operation == "StopAutoMLJob");
        }
    }
}
