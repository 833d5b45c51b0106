using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using System.Runtime.Loader;
using AutopilotTools.Bench.Harness;
using AutopilotTools.Bench.Hosting;

namespace AutopilotTools.Bench.Benchmarks
{
    /// <summary>
    /// What one fresh process of the cold-start benchmark does, and times from the inside: open the engine, import a
    /// module, make the first call; or, for the raw reference, make one signed POST. It prints its figures and exits.
    /// The PowerShell kinds (this file) run in bench/ColdStartHost, a program whose only reference is PowerShell, so
    /// that the module finds its dependencies as in a user's pwsh; the raw kind (ColdStartChild.Raw.cs) in bench.dll.
    /// </summary>
    internal static partial class ColdStartChild
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

            RequireIsolatedDependencies(manifest);
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

        /// <summary>
        /// Fails unless the call took a user's path: the one AWSSDK.Core (and the client on it) in the process loaded
        /// from the module's dependencies folder into the module's own load context, not into the default one. Figures
        /// of any other path are not what users feel.
        /// </summary>
        private static void RequireIsolatedDependencies(string manifest)
        {
            string folder = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(manifest))!, "dependencies"));
            foreach (string name in new[] { "AWSSDK.Core", "AutopilotTools.Client" })
            {
                Assembly[] loaded = AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == name).ToArray();
                if (loaded.Length != 1
                    || Path.GetDirectoryName(Path.GetFullPath(loaded[0].Location)) != folder
                    || AssemblyLoadContext.GetLoadContext(loaded[0]) == AssemblyLoadContext.Default)
                {
                    string found = string.Join("; ", loaded.Select(a => $"{a.Location} in {AssemblyLoadContext.GetLoadContext(a)}"));
                    throw new InvalidOperationException(
                        $"{name} did not load from {folder} into the module's own load context alone: {(found.Length > 0 ? found : "not loaded")}.");
                }
            }
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
