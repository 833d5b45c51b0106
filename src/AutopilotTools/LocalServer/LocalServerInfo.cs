using System;
using System.Diagnostics;

namespace AutopilotTools
{
    /// <summary>A local Autopilot server started by this session.</summary>
    public sealed class LocalServerInfo
    {
        private readonly Process _process;

        internal LocalServerInfo(Process process, string url, int port, string dataPath, string region)
        {
            _process = process;
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

        /// <summary>True while this session's AutopilotTools cmdlets go to this server unless told otherwise.</summary>
        public bool IsSessionDefault { get; internal set; }

        internal Process Process => _process;

        public override string ToString() => Url;
    }
}
