using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Runspaces;

namespace AutopilotTools.LocalServer
{
    /// <summary>
    /// The local servers each PowerShell session (runspace) started, and which one its cmdlets use by default. A
    /// session's servers are stopped when the session closes, so none outlives the shell that started it.
    /// </summary>
    internal static class LocalServerRegistry
    {
        /// <summary>The credentials cmdlets sign with for a local server; it does not check them.</summary>
        public const string AccessKey = "AKIDLOCALAUTOPILOT";
        public const string SecretKey = "local-autopilot-secret";

        private static readonly ConcurrentDictionary<Guid, List<LocalServerInfo>> Servers = new ConcurrentDictionary<Guid, List<LocalServerInfo>>();

        public static void Add(Runspace session, LocalServerInfo server)
        {
            List<LocalServerInfo> servers = Servers.GetOrAdd(session.InstanceId, _ =>
            {
                session.StateChanged += (_, e) =>
                {
                    if (e.RunspaceStateInfo.State == RunspaceState.Closing || e.RunspaceStateInfo.State == RunspaceState.Closed || e.RunspaceStateInfo.State == RunspaceState.Broken)
                    {
                        StopAll(session.InstanceId);
                    }
                };
                return new List<LocalServerInfo>();
            });
            lock (servers)
            {
                servers.ForEach(s => s.IsSessionDefault = false);
                server.IsSessionDefault = true;
                servers.Add(server);
            }
        }

        public static IReadOnlyList<LocalServerInfo> Of(Runspace? session)
        {
            if (session == null || !Servers.TryGetValue(session.InstanceId, out List<LocalServerInfo>? servers))
            {
                return Array.Empty<LocalServerInfo>();
            }

            lock (servers)
            {
                return servers.ToList();
            }
        }

        /// <summary>The server this session's cmdlets use when not told otherwise, if it still runs.</summary>
        public static LocalServerInfo? DefaultOf(Runspace? session) => Of(session).FirstOrDefault(s => s.IsSessionDefault && s.IsRunning);

        public static void Remove(Runspace session, LocalServerInfo server)
        {
            if (Servers.TryGetValue(session.InstanceId, out List<LocalServerInfo>? servers))
            {
                lock (servers)
                {
                    servers.Remove(server);
                    server.IsSessionDefault = false;
                }
            }
        }

        private static void StopAll(Guid session)
        {
            if (Servers.TryRemove(session, out List<LocalServerInfo>? servers))
            {
                lock (servers)
                {
                    servers.ForEach(s => LocalServerProcess.Stop(s.Process));
                }
            }
        }
    }
}
