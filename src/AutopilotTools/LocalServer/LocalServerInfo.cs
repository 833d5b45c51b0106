using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace AutopilotTools
{
    /// <summary>A local Autopilot server started by this session.</summary>
    public sealed class LocalServerInfo
    {
        private readonly Process _process;
        private readonly IReadOnlyCollection<string> _lastErrorLines;

        internal LocalServerInfo(Process process, string url, int port, string dataPath, string region, IReadOnlyCollection<string> lastErrorLines)
        {
            _process = process;
            _lastErrorLines = lastErrorLines;
            Url = url;
            Port = port;
            DataPath = dataPath;
            Region = region;
            StartTime = DateTime.Now;
        }

        public string Url { get; }

        public int Port { get; }

        public string DataPath { get; }

        public string Region { get; }

        public int ProcessId => _process.Id;

        public DateTime StartTime { get; }

        /// <summary>The access key id the server accepts signatures from (started with -Credential); null when it checks none.</summary>
        public string? AccessKeyId => Credential?.UserName;

        /// <summary>What this session signs with for this server; null for the fixed test credentials of a server that checks none.</summary>
        internal System.Net.NetworkCredential? Credential { get; set; }

        public bool IsRunning => !_process.HasExited;

        /// <summary>The server's exit code once it has exited; null while it runs.</summary>
        public int? ExitCode => _process.HasExited ? _process.ExitCode : (int?)null;

        /// <summary>When it exited (local time), null while it runs.</summary>
        public DateTime? ExitTime => _process.HasExited ? _process.ExitTime : (DateTime?)null;

        /// <summary>True while this session's AutopilotTools cmdlets go to this server unless told otherwise.</summary>
        public bool IsSessionDefault { get; internal set; }

        internal Process Process => _process;

        /// <summary>The last lines it wrote to its error stream (its diagnostics), oldest first.</summary>
        internal IReadOnlyList<string> LastErrorLines => _lastErrorLines.ToList();

        public override string ToString() => Url;
    }
}
