using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Model;
using AutopilotTools.Tests.Hosting;
using AutopilotTools.Tests.Local;
using Xunit;
using Xunit.Abstractions;

namespace AutopilotTools.Tests.Reliability
{
    /// <summary>
    /// Wait-AutoMLJob through a minute in which every call it makes fails (throttling, 500, 503 and dropped
    /// connections in turn, no cap): it keeps polling, and once the calls succeed again it writes the job as it
    /// finished meanwhile. Nothing is asserted about time: the test checks that the wait was still running when the
    /// outage ended and what it wrote after. The outage is the real minute; the test sits idle through it and
    /// runs beside the rest of the suite, so the suite takes little longer.
    /// </summary>
    public sealed class WaitThroughAnOutageTests
    {
        private const string Name = "outlasting";

        private static readonly TimeSpan Outage = TimeSpan.FromSeconds(60);

        /// <summary>Every operation Wait-AutoMLJob calls.</summary>
        private static readonly string[] WaitOperations = { "SageMaker.DescribeAutoMLJobV2", "SageMaker.ListAutoMLJobs", "SageMaker.ListCandidatesForAutoMLJob" };

        private readonly ITestOutputHelper _output;

        public WaitThroughAnOutageTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task WaitAutoMLJobWaitsThroughAMinuteOfFailuresAndWritesTheJobAsItFinished()
        {
            // No training slots: the job stays InProgress until it is stopped, during the outage.
            await using TestLocalServer server = await TestLocalServer.StartWithFaultsAsync();
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateAutoMLJobV2Async(Jobs.V2(Name));
            long beforeWait = server.Server.ReceivedRequests;
            using PowerShellSession session = new PowerShellSession().Set("conn", server.Connection());
            PSInvocationState stateWhenTheOutageEnded = PSInvocationState.NotStarted;
            FaultStatistics outage = null!;

            RunResult result = session.RunScriptAndInterrupt($"Wait-AutoMLJob {Name} -PollInterval 1 -Verbose @conn", shell =>
            {
                // Once the wait has asked about the job, every call it makes fails for a minute; the job ends meanwhile.
                SpinWait.SpinUntil(() => server.Server.ReceivedRequests > beforeWait, TimeSpan.FromSeconds(30));
                server.Faults.StartAsync(new { rate = 1.0, kinds = FaultAdmin.FailingKinds, operations = WaitOperations }).GetAwaiter().GetResult();
                sageMaker.StopAutoMLJobAsync(new StopAutoMLJobRequest { AutoMLJobName = Name }).GetAwaiter().GetResult();
                Thread.Sleep(Outage);
                stateWhenTheOutageEnded = shell.InvocationStateInfo.State;
                outage = server.Faults.StopAsync().GetAwaiter().GetResult();
            });
            _output.WriteLine(outage.Describe());

            Assert.Equal(PSInvocationState.Running, stateWhenTheOutageEnded);
            Assert.True(outage.Faulted > 3, "more than one poll's attempts failed: " + outage.Describe());
            Assert.Equal(outage.Requests, outage.Faulted);
            Assert.Null(result.FirstError);
            AutoMLJob job = result.Single<AutoMLJob>();
            Assert.Equal((Name, AutoMLJobStatus.Stopped), (job.AutoMLJobName, job.AutoMLJobStatus));
            Assert.Contains(result.Verbose, line => line.StartsWith("Waiting out a failed poll", StringComparison.Ordinal));
            Assert.Single(result.Warnings);
        }
    }
}
