using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Management.Automation;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>
    /// Start-AutoMLLocalServer runs the server shipped in out/AutopilotTools/LocalServer as its own process, and the
    /// session's cmdlets use it with no connection parameters at all.
    /// </summary>
    public sealed class LocalServerCmdletTests
    {
        private static bool Is(PSObject server, string property) => (bool)server.Properties[property].Value;

        [Fact]
        public void AStartedServerIsTheSessionsDefaultUntilStopped()
        {
            string dataPath = Directory.CreateTempSubdirectory("autopilottools-local").FullName;
            string csv = Path.Combine(dataPath, "..", Path.GetFileName(dataPath) + "-train.csv");
            File.WriteAllText(csv, "age,plan,churn\n42,gold,yes\n19,basic,no\n");
            using var session = new PowerShellSession();

            RunResult started = session.RunScript("Start-AutoMLLocalServer -DataPath $args[0] -Region eu-central-1", dataPath).ThrowIfErrors();
            PSObject server = started.Output.Single();
            try
            {
                RunResult flow = session.RunScript(@"
                    New-AutoMLJobV2 local-churn -TrainingData $args[0] -TargetAttributeName churn -OutputPath s3://autopilot/runs `
                        -ProblemType BinaryClassification -ObjectiveMetric F1 -RoleArn arn:aws:iam::123456789012:role/autopilot | Out-Null
                    Get-AutoMLJobV2 -NameContains local", csv).ThrowIfErrors();

                Assert.True(Is(server, "IsRunning") && Is(server, "IsSessionDefault"));
                Assert.StartsWith("http://127.0.0.1:", (string)server.Properties["Url"].Value);
                var summary = flow.Single<AutoMLJobSummary>();
                Assert.Equal("local-churn", summary.AutoMLJobName);
                Assert.StartsWith("arn:aws:sagemaker:eu-central-1:000000000000:automl-job/", summary.AutoMLJobArn);
                RunResult listed = session.RunScript("Get-AutoMLLocalServer").ThrowIfErrors();
                Assert.Equal(server.Properties["ProcessId"].Value, listed.Output.Single().Properties["ProcessId"].Value);
            }
            finally
            {
                session.RunScript("Stop-AutoMLLocalServer").ThrowIfErrors();
            }

            Assert.False(Is(server, "IsRunning"));
            Assert.Empty(session.RunScript("Get-AutoMLLocalServer").ThrowIfErrors().Output);
            File.Delete(csv);
        }

        [Fact]
        public void ClosingTheSessionStopsItsServer()
        {
            string dataPath = Directory.CreateTempSubdirectory("autopilottools-local").FullName;
            PSObject server;
            using (var session = new PowerShellSession())
            {
                server = session.RunScript("Start-AutoMLLocalServer -DataPath $args[0]", dataPath).ThrowIfErrors().Output.Single();
                Assert.True(Is(server, "IsRunning"));
            }

            var deadline = Stopwatch.StartNew();
            while (Is(server, "IsRunning") && deadline.Elapsed < TimeSpan.FromSeconds(10))
            {
                System.Threading.Thread.Sleep(50);
            }

            Assert.False(Is(server, "IsRunning"));
        }

        /// <summary>
        /// A session whose server died (here killed) does not quietly turn to AWS and complain of no region: the call
        /// names the server, its process and how it ended. Once it is stopped (forgotten), calls no longer go to it.
        /// </summary>
        [Fact]
        public void ACallWhoseSessionServerIsGoneSaysWhichServerAndHowItEnded()
        {
            string dataPath = Directory.CreateTempSubdirectory("autopilottools-local").FullName;
            using var session = new PowerShellSession();
            PSObject server = session.RunScript("Start-AutoMLLocalServer -DataPath $args[0]", dataPath).ThrowIfErrors().Output.Single();
            using (Process process = Process.GetProcessById((int)server.Properties["ProcessId"].Value))
            {
                process.Kill();
            }

            var deadline = Stopwatch.StartNew();
            while (Is(server, "IsRunning") && deadline.Elapsed < TimeSpan.FromSeconds(10))
            {
                System.Threading.Thread.Sleep(50);
            }

            RunResult gone = session.RunScript("Get-AutoMLJobV2 -NameContains any");
            RunResult forgotten = session.RunScript("Stop-AutoMLLocalServer; Get-AutoMLJobV2 -NameContains any");

            ErrorRecord error = gone.FirstError!;
            Assert.Equal("LocalServerExited,AutopilotTools.Commands.GetAutoMLJobV2Command", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
            Assert.Same(server.BaseObject, error.TargetObject);
            Assert.Contains($"({server.Properties["Url"].Value}, process {server.Properties["ProcessId"].Value}, data in {dataPath})", error.ToString());
            Assert.Contains($"exited with code {server.Properties["ExitCode"].Value} at", error.ToString());
            Assert.Contains("Start-AutoMLLocalServer", error.ToString());
            Assert.DoesNotContain("LocalServerExited", forgotten.FirstError?.FullyQualifiedErrorId ?? string.Empty);
        }
    }
}
