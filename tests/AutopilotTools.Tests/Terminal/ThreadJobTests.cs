using System;
using System.IO;
using AutopilotTools.Tests.Hosting;
using AutopilotTools.Tests.Local;
using Xunit;

namespace AutopilotTools.Tests.Terminal
{
    /// <summary>
    /// In a real pwsh (which ships the ThreadJob module the hosted engine lacks), a thread job and ForEach-Object
    /// -Parallel use the server the session started: their runspaces have no host of their own.
    /// </summary>
    public sealed class ThreadJobTests
    {
        [Fact]
        public void ThreadJobsAndParallelRunspacesUseTheSessionsServer()
        {
            string folder = TempDirectories.Create();
            using var terminal = new TerminalSession();
            try
            {
                terminal.Run($"Import-Module '{RepoPaths.ModuleManifest}'; $server = Start-AutoMLLocalServer -DataPath '{Path.Combine(folder, "data")}'");

                string work = $"{{ Import-Module '{RepoPaths.ModuleManifest}'; Get-AutoMLJobV2 -NameContains none -ErrorAction Stop; (Get-AutoMLLocalServer).Url }}";
                string screen = terminal.Run(
                    $"$fromJob = Start-ThreadJob {work} | Receive-Job -Wait -AutoRemoveJob; $fromParallel = 1 | ForEach-Object -Parallel {work}; " +
                    "'same ' + \"server: $($fromJob -eq $server.Url) $($fromParallel -eq $server.Url)\"");

                Assert.True(screen.Contains("same server: True True", StringComparison.Ordinal), "A thread job or parallel runspace did not use the session's server:\n" + screen);
                terminal.Run("Stop-AutoMLLocalServer");
            }
            finally
            {
                terminal.Dispose();
                TempDirectories.Remove(folder);
            }
        }
    }
}
