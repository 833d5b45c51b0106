using System;
using System.Collections.ObjectModel;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace AutopilotTools.Bench.Hosting
{
    /// <summary>
    /// A PowerShell 7.6 runspace in this process with the built module imported from out/AutopilotTools, as a user's
    /// session imports it; the bench's own helper cmdlets (the counting sink) can be added to its session state.
    /// </summary>
    internal sealed class HostedSession : IDisposable
    {
        public HostedSession(string moduleManifest, params SessionStateCmdletEntry[] helpers)
        {
            Runspace = OpenRunspace(helpers);
            Import(Runspace, moduleManifest);
        }

        public Runspace Runspace { get; }

        /// <summary>The engine with its default (core) commands, opened.</summary>
        public static Runspace OpenRunspace(params SessionStateCmdletEntry[] helpers)
        {
            InitialSessionState state = InitialSessionState.CreateDefault2();
            foreach (SessionStateCmdletEntry helper in helpers)
            {
                state.Commands.Add(helper);
            }

            Runspace runspace = RunspaceFactory.CreateRunspace(state);
            runspace.Open();
            return runspace;
        }

        public static void Import(Runspace runspace, string moduleManifest)
        {
            using PowerShell shell = PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddCommand("Import-Module").AddParameter("Name", moduleManifest).AddParameter("ErrorAction", ActionPreference.Stop);
            InvokeChecked(shell, "Import-Module " + moduleManifest);
        }

        /// <summary>A PowerShell pipeline on this runspace starting with <paramref name="command"/>.</summary>
        public PowerShell Command(string command)
        {
            PowerShell shell = PowerShell.Create();
            shell.Runspace = Runspace;
            return shell.AddCommand(command);
        }

        /// <summary>Invokes and fails loudly on any error: a benchmark that measured a failure would report a lie.</summary>
        public static Collection<PSObject> InvokeChecked(PowerShell shell, string what)
        {
            Collection<PSObject> output = shell.Invoke();
            if (shell.HadErrors || shell.Streams.Error.Count > 0)
            {
                string errors = string.Join("; ", shell.Streams.Error.Select(e => e.ToString()));
                throw new InvalidOperationException($"{what} failed: {errors}");
            }

            return output;
        }

        public void Dispose() => Runspace.Dispose();
    }

    /// <summary>The connection parameters every cmdlet call in the benchmarks passes explicitly.</summary>
    internal static class ConnectionParameters
    {
        public static PowerShell WithConnection(this PowerShell shell, string endpointUrl) => shell
            .AddParameter("Region", Wire.BenchConnection.Region)
            .AddParameter("Credential", Wire.BenchConnection.CredentialTable())
            .AddParameter("EndpointUrl", endpointUrl);
    }
}
