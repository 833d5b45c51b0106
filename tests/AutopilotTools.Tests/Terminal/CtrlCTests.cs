using System;
using System.IO;
using AutopilotTools.Tests.Hosting;
using AutopilotTools.Tests.Local;
using Xunit;

namespace AutopilotTools.Tests.Terminal
{
    /// <summary>
    /// Ctrl+C in a real pwsh console stops the command it interrupts, never the session's local server: the server
    /// lives until Stop-AutoMLLocalServer, the session's end or its own failure, and Wait-AutoMLJob's Ctrl+C leaves
    /// the jobs running, as its help says.
    /// </summary>
    public sealed class CtrlCTests
    {
        [Fact]
        public void CtrlCStopsTheCommandAndLeavesTheServerAndItsJobsRunning()
        {
            string folder = TempDirectories.Create();
            string csv = Path.Combine(folder, "churn.csv");
            File.WriteAllText(csv, ChurnData.Csv(ChurnData.Header, ChurnData.Rows(400, seed: 12)));
            using var terminal = new TerminalSession();
            try
            {
                terminal.Run($"Import-Module '{RepoPaths.ModuleManifest}'; $server = Start-AutoMLLocalServer -DataPath '{Path.Combine(folder, "data")}'");

                // Any command: the sleep ends at the Ctrl+C, well before its minute.
                string slept = terminal.Type("'sleep' + 'ing now'; Start-Sleep 60; 'slept ' + 'a minute'");
                terminal.WaitFor("sleeping now", TimeSpan.FromMinutes(1));
                terminal.CtrlC();
                // A server that got the SIGINT stops cleanly, which takes a moment: give it that before looking.
                string screen = terminal.Run("Start-Sleep 3; 'server ' + \"running: $($server.IsRunning), exit code: [$($server.ExitCode)]\"");
                Assert.False(screen.Contains("slept a minute", StringComparison.Ordinal) || screen.Contains(slept, StringComparison.Ordinal), "Ctrl+C did not stop the sleep:\n" + screen);
                Assert.True(screen.Contains("server running: True, exit code: []", StringComparison.Ordinal), "The server did not survive Ctrl+C:\n" + screen);

                // Wait-AutoMLJob: a hyperparameter search of 250 candidates is still training when Ctrl+C stops the wait.
                string created = terminal.Run(
                    $"New-AutoMLJobV2 -AutoMLJobName ctrl-c-search -TrainingData '{csv}' -TargetAttributeName churn -OutputPath s3://ctrlc/out -MaxCandidates 250 " +
                    "-RoleArn arn:aws:iam::123456789012:role/autopilot -InputObject @{ AutoMLJobObjective = @{ MetricName = 'F1' }; AutoMLProblemTypeConfig = @{ TabularJobConfig = @{ " +
                    "TargetAttributeName = 'churn'; ProblemType = 'BinaryClassification'; Mode = 'HYPERPARAMETER_TUNING'; CompletionCriteria = @{ MaxCandidates = 250 } } } } | " +
                    "ForEach-Object { 'created ' + $_.AutoMLJobStatus }");
                Assert.True(created.Contains("created InProgress", StringComparison.Ordinal), "The job was not created:\n" + created);
                string waited = terminal.Type("'wait' + 'ing now'; Wait-AutoMLJob ctrl-c-search -PollInterval 1; 'waited ' + 'to the end'");
                terminal.WaitFor("waiting now", TimeSpan.FromMinutes(1));
                System.Threading.Thread.Sleep(TimeSpan.FromSeconds(2));
                terminal.CtrlC();
                screen = terminal.Run("'job ' + \"status: $((Get-AutoMLJobV2 ctrl-c-search).AutoMLJobStatus), server running: $($server.IsRunning)\"");
                Assert.False(screen.Contains("waited to the end", StringComparison.Ordinal) || screen.Contains(waited, StringComparison.Ordinal), "Ctrl+C did not stop the wait:\n" + screen);
                Assert.True(screen.Contains("job status: InProgress, server running: True", StringComparison.Ordinal), "The job or the server did not survive Ctrl+C:\n" + screen);

                terminal.Run("Stop-AutoMLJob ctrl-c-search -Confirm:$false; Stop-AutoMLLocalServer");
            }
            finally
            {
                terminal.Dispose();
                TempDirectories.Remove(folder);
            }
        }
    }
}
