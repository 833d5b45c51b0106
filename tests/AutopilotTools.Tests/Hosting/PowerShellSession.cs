using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Threading.Tasks;

namespace AutopilotTools.Tests.Hosting
{
    /// <summary>
    /// A fresh PowerShell 7.6 runspace in this process with the built module imported from out/AutopilotTools, as a
    /// user's session would import it. Each script run returns everything the engine produced, stream by stream.
    /// </summary>
    public sealed class PowerShellSession : IDisposable
    {
        private readonly Runspace _runspace;

        /// <param name="importModule">Whether to import the built module first.</param>
        /// <param name="consoleWidth">The width Out-Default renders at, as a console of that many columns would.</param>
        public PowerShellSession(bool importModule = true, int consoleWidth = 120)
        {
            Host = new CapturingHost(consoleWidth);
            _runspace = RunspaceFactory.CreateRunspace(Host, InitialSessionState.CreateDefault2());
            _runspace.Open();
            if (importModule)
            {
                RunScript("Import-Module -Name $args[0] -ErrorAction Stop", RepoPaths.ModuleManifest).ThrowIfErrors();
            }
        }

        public CapturingHost Host { get; }

        /// <summary>Sets a variable visible to the scripts run afterwards.</summary>
        public PowerShellSession Set(string name, object? value)
        {
            _runspace.SessionStateProxy.SetVariable(name, value);
            return this;
        }

        /// <summary>Runs a script; <paramref name="args"/> are its $args. Errors are returned, not thrown.</summary>
        public RunResult RunScript(string script, params object?[] args)
        {
            using PowerShell shell = Create(script, args);
            return Collect(shell, () => shell.Invoke());
        }

        /// <summary>
        /// Starts a script, calls <paramref name="whileRunning"/> (say, to wait for a request and press Ctrl+C), then
        /// waits for the script to end.
        /// </summary>
        public RunResult RunScriptAndInterrupt(string script, Action<PowerShell> whileRunning, params object?[] args)
        {
            using PowerShell shell = Create(script, args);
            return Collect(shell, () =>
            {
                IAsyncResult running = shell.BeginInvoke();
                whileRunning(shell);
                return shell.EndInvoke(running);
            });
        }

        public void Dispose() => _runspace.Dispose();

        private PowerShell Create(string script, object?[] args)
        {
            PowerShell shell = PowerShell.Create();
            shell.Runspace = _runspace;
            shell.AddScript(script);
            foreach (object? arg in args)
            {
                shell.AddArgument(arg);
            }

            return shell;
        }

        private RunResult Collect(PowerShell shell, Func<IEnumerable<PSObject>> invoke)
        {
            Host.ClearText();
            var output = new List<PSObject>();
            Exception? terminating = null;
            try
            {
                output.AddRange(invoke());
            }
            catch (RuntimeException e)
            {
                // A terminating error, or PipelineStoppedException after a stop.
                terminating = e;
            }

            return new RunResult(
                output,
                shell.Streams.Error.ToList(),
                shell.Streams.Warning.Select(w => w.Message).ToList(),
                shell.Streams.Verbose.Select(v => v.Message).ToList(),
                shell.Streams.Debug.Select(d => d.Message).ToList(),
                shell.Streams.Progress.ToList(),
                shell.Streams.Information.ToList(),
                Host.Text,
                terminating,
                shell.InvocationStateInfo.State);
        }
    }

    /// <summary>What one script run produced.</summary>
    public sealed record RunResult(
        IReadOnlyList<PSObject> Output,
        IReadOnlyList<ErrorRecord> Errors,
        IReadOnlyList<string> Warnings,
        IReadOnlyList<string> Verbose,
        IReadOnlyList<string> Debug,
        IReadOnlyList<ProgressRecord> Progress,
        IReadOnlyList<InformationRecord> Information,
        string HostText,
        Exception? Terminating,
        PSInvocationState State)
    {
        /// <summary>The terminating error's record when there was one, else the first non-terminating one.</summary>
        public ErrorRecord? FirstError => (Terminating as IContainsErrorRecord)?.ErrorRecord ?? Errors.FirstOrDefault();

        /// <summary>Every stream as text, for checks that something (a secret) appears nowhere.</summary>
        public string AllText => string.Join("\n", Output.Select(o => o?.ToString())
            .Concat(Errors.Select(e => e + " " + e.Exception))
            .Concat(Warnings).Concat(Verbose).Concat(Debug)
            .Concat(Information.Select(i => i.MessageData?.ToString()))
            .Append(HostText)
            .Append(Terminating?.ToString()));

        public RunResult ThrowIfErrors()
        {
            if (Terminating != null || Errors.Count > 0)
            {
                throw new InvalidOperationException("The script failed: " + (Terminating?.Message ?? string.Join("; ", Errors.Select(e => e.ToString()))));
            }

            return this;
        }

        public T Single<T>() => (T)Output.Single().BaseObject;
    }
}
