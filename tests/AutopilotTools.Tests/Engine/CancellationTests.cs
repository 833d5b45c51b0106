using System;
using System.Diagnostics;
using System.Management.Automation;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    public sealed class CancellationTests
    {
        /// <summary>
        /// Ctrl+C (a pipeline stop) while a call hangs on a slow service ends the cmdlet at once: the stop cancels the
        /// token the SDK call holds. The server would answer only after a minute; the bound below is that minute, so
        /// it checks promptness without timing anything finely.
        /// </summary>
        [Fact]
        public void StoppingThePipelineCancelsAHangingCall()
        {
            using var server = new LoopbackServer(request => FakeSageMaker.DescribeAnyJob(request) with { Delay = TimeSpan.FromMinutes(1) });
            using var session = FakeSageMaker.SessionFor(server);
            var clock = new Stopwatch();

            RunResult result = session.RunScriptAndInterrupt("Get-AutoMLJobV2 slow @conn", shell =>
            {
                Assert.True(server.WaitForRequests(1, TimeSpan.FromSeconds(30)), "the request never arrived");
                clock.Start();
                shell.Stop();
            });
            clock.Stop();

            Assert.Equal(PSInvocationState.Stopped, result.State);
            Assert.Empty(result.Output);
            Assert.Empty(result.Errors);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"stopping took {clock.Elapsed}");
            Assert.Single(server.Requests);
        }
    }
}
