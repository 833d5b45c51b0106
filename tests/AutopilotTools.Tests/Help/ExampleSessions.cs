using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using AutopilotTools.HelpGen.Docs;
using AutopilotTools.Tests.Hosting;
using AutopilotTools.Tests.Local;

namespace AutopilotTools.Tests.Help
{
    /// <summary>
    /// The session the help examples run in, with a local server started by Start-AutoMLLocalServer, so the examples
    /// need no connection parameters, as in a user's session that started one. One session for all of them saves a
    /// server start per example (the suite stays fast); each example still runs in a scope of its own, in a folder
    /// of its own, and makes its own data and jobs, so job names are unique across the help.
    /// </summary>
    public sealed class ExampleSessions : IDisposable
    {
        private readonly string _root = TempDirectories.Create();
        private readonly Lazy<ExampleSession> _session;

        public ExampleSessions() => _session = new Lazy<ExampleSession>(() => new ExampleSession(_root));

        public ExampleSession Session => _session.Value;

        public void Dispose()
        {
            if (_session.IsValueCreated)
            {
                _session.Value.Dispose();
            }

            TempDirectories.Remove(_root);
        }
    }

    /// <summary>A session that runs examples one at a time, each within a time budget.</summary>
    public sealed class ExampleSession : IDisposable
    {
        private readonly PowerShellSession _session = new PowerShellSession();
        private readonly string _folder;
        private int _servers;

        public ExampleSession(string folder)
        {
            _folder = folder;
            Directory.CreateDirectory(folder);
        }

        /// <summary>
        /// Runs the example's code as typed at a prompt: in a child scope (its variables do not leak into the next
        /// example), with the current location a fresh folder for the files it writes. A run that takes longer than
        /// <paramref name="budget"/> is stopped and reported.
        /// </summary>
        public (RunResult Result, bool TimedOut) Run(string cmdlet, ExampleDoc example, TimeSpan budget)
        {
            EnsureDefaultServer();
            string workFolder = Path.Combine(_folder, $"{cmdlet}-example-{example.Number}");
            Directory.CreateDirectory(workFolder);
            _session.RunScript("$ExecutionContext.SessionState.Path.SetLocation($args[0]) | Out-Null", workFolder).ThrowIfErrors();

            bool timedOut = false;
            RunResult result = _session.RunScriptAndInterrupt(
                "& ([scriptblock]::Create($args[0]))",
                shell =>
                {
                    timedOut = !SpinWait.SpinUntil(() => shell.InvocationStateInfo.State > PSInvocationState.Running, budget);
                    if (timedOut)
                    {
                        shell.Stop();
                    }
                },
                example.Code);
            return (result, timedOut);
        }

        /// <summary>The session's local servers after an example, for a failure message (a flaky "no region" once meant none was the default).</summary>
        public string ServersState()
        {
            RunResult state = _session.RunScript(
                "Get-AutoMLLocalServer | ForEach-Object { '{0} default={1} running={2} pid={3} data={4}' -f $_.Url, $_.IsSessionDefault, $_.IsRunning, $_.ProcessId, $_.DataPath }");
            return state.Output.Count == 0 ? "(no local server in the session)" : string.Join("\n", state.Output.Select(o => o.ToString()));
        }

        public void Dispose() => _session.Dispose();

        /// <summary>
        /// Examples of the local server cmdlets start and stop servers of their own; before each example the session
        /// gets a running default server again if it has none.
        /// </summary>
        private void EnsureDefaultServer()
        {
            RunResult current = _session.RunScript("@(Get-AutoMLLocalServer | Where-Object { $_.IsSessionDefault -and $_.IsRunning }).Count").ThrowIfErrors();
            if ((int)current.Output[0].BaseObject == 0)
            {
                string dataPath = Path.Combine(_folder, "server-" + ++_servers);
                _session.RunScript("Get-AutoMLLocalServer | Stop-AutoMLLocalServer; Start-AutoMLLocalServer -DataPath $args[0] | Out-Null", dataPath).ThrowIfErrors();
            }
        }
    }
}
