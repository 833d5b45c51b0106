using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Text;
using AutopilotTools.Bench.Harness;
using AutopilotTools.Bench.Hosting;
using AutopilotTools.Bench.Wire;

namespace AutopilotTools.Bench.Benchmarks
{
    /// <summary>
    /// What one fresh process of the cold-start benchmark does, and times from the inside: open the engine, import a
    /// module, make the first call; or, for the raw reference, make one signed POST. It prints its figures and exits.
    /// </summary>
    internal static class ColdStartChild
    {
        public const string ModuleKind = "cold-module";
        public const string EmptyKind = "cold-empty";
        public const string RawKind = "cold-raw";

        public static void ImportAndCall(string manifest, string endpointUrl, string jobName)
        {
            var figures = new Dictionary<string, double>();
            var clock = Stopwatch.StartNew();
            using Runspace runspace = OpenEngine(figures, clock);

            HostedSession.Import(runspace, manifest);
            figures["import_ms"] = Lap(clock);

            using PowerShell shell = PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddCommand("Get-AutoMLJobV2").AddArgument(jobName).WithConnection(endpointUrl);
            var output = HostedSession.InvokeChecked(shell, "Get-AutoMLJobV2");
            figures["first_call_ms"] = Lap(clock);
            if (output.Count != 1 || (string?)output[0].Properties["AutoMLJobName"]?.Value != jobName)
            {
                throw new InvalidOperationException($"Get-AutoMLJobV2 wrote {output.Count} objects, not the job {jobName}.");
            }

            ChildReport.Emit(figures);
        }

        public static void ImportEmptyAndCall(string manifest)
        {
            var figures = new Dictionary<string, double>();
            var clock = Stopwatch.StartNew();
            using Runspace runspace = OpenEngine(figures, clock);

            HostedSession.Import(runspace, manifest);
            figures["import_ms"] = Lap(clock);

            using PowerShell shell = PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddCommand("Get-EmptyGreeting");
            var output = HostedSession.InvokeChecked(shell, "Get-EmptyGreeting");
            figures["first_call_ms"] = Lap(clock);
            if (output.Count != 1)
            {
                throw new InvalidOperationException("Get-EmptyGreeting wrote nothing.");
            }

            ChildReport.Emit(figures);
        }

        public static void RawSignedPost(string endpointUrl, string jobName)
        {
            var clock = Stopwatch.StartNew();
            using var client = new SignedSageMakerClient(endpointUrl);
            byte[] body = client.PostAsync("DescribeAutoMLJobV2", Encoding.UTF8.GetBytes($"{{\"AutoMLJobName\":\"{jobName}\"}}")).GetAwaiter().GetResult();
            double firstCall = Lap(clock);
            if (!Encoding.UTF8.GetString(body).Contains(jobName, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("The raw POST was not answered with the job.");
            }

            ChildReport.Emit(new Dictionary<string, double> { ["first_call_ms"] = firstCall });
        }

        private static Runspace OpenEngine(Dictionary<string, double> figures, Stopwatch clock)
        {
            Runspace runspace = HostedSession.OpenRunspace();
            figures["open_ms"] = Lap(clock);
            return runspace;
        }

        private static double Lap(Stopwatch clock)
        {
            double ms = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            return ms;
        }
    }
}
