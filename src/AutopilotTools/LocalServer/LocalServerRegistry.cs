using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;

namespace AutopilotTools.LocalServer
{
    /// <summary>
    /// The local servers each PowerShell session (runspace) started, and which one its cmdlets use by default. A
    /// session's servers are stopped when the session closes, so none outlives the shell that started it.
    /// </summary>
    /// <remarks>
    /// Runspaces that work for a session see its server: ForEach-Object -Parallel, Start-ThreadJob and runspace pools
    /// a script creates have no host of their own (PowerShell gives them its "Default Host"), and PowerShell records
    /// no link to the runspace that made them, so such a runspace that started no server uses the server most
    /// recently made a default in the process; a runspace that shares its session's host (Start-ThreadJob
    /// -StreamingHost $Host) uses that session's. Runspaces with hosts of their own, as a program hosting several
    /// independent sessions makes, stay apart.
    /// </remarks>
    internal static class LocalServerRegistry
    {
        /// <summary>The credentials cmdlets sign with for a local server; it does not check them.</summary>
        public const string AccessKey = "AKIDLOCALAUTOPILOT";
        public const string SecretKey = "local-autopilot-secret";

        /// <summary>The name PowerShell gives the host of runspaces made without one.</summary>
        private const string HostlessName = "Default Host";

        private static readonly ConcurrentDictionary<Guid, Session> Sessions = new ConcurrentDictionary<Guid, Session>();

        public static void Add(Runspace runspace, PSHost host, LocalServerInfo server)
        {
            Session session = Sessions.GetOrAdd(runspace.InstanceId, _ =>
            {
                runspace.StateChanged += (_, e) =>
                {
                    if (e.RunspaceStateInfo.State == RunspaceState.Closing || e.RunspaceStateInfo.State == RunspaceState.Closed || e.RunspaceStateInfo.State == RunspaceState.Broken)
                    {
                        StopAll(runspace.InstanceId);
                    }
                };
                return new Session(host.InstanceId);
            });
            lock (session.Servers)
            {
                session.Servers.ForEach(s => s.IsSessionDefault = false);
                server.IsSessionDefault = true;
                session.Servers.Add(server);
            }
        }

        /// <summary>The servers this runspace started, in the order it started them.</summary>
        public static IReadOnlyList<LocalServerInfo> Of(Runspace? runspace) =>
            runspace != null && Sessions.TryGetValue(runspace.InstanceId, out Session? session) ? session.Snapshot() : Array.Empty<LocalServerInfo>();

        /// <summary>
        /// The server this runspace's cmdlets use when not told otherwise: its own default, else one it sees (see the
        /// remarks). It may have exited; callers say so rather than quietly going elsewhere.
        /// </summary>
        public static LocalServerInfo? DefaultOf(Runspace? runspace, PSHost? host)
        {
            // Most sessions never start a server: then the query below, compiled on a session's first call, is not needed.
            if (runspace == null || Sessions.IsEmpty)
            {
                return null;
            }

            if (Sessions.TryGetValue(runspace.InstanceId, out Session? own) && own.Default() is LocalServerInfo server)
            {
                return server;
            }

            bool hostless = host == null || host.Name == HostlessName;
            return Sessions
                .Where(entry => entry.Key != runspace.InstanceId && (hostless || entry.Value.HostId == host!.InstanceId))
                .Select(entry => entry.Value.Default())
                .Where(candidate => candidate != null && candidate.IsRunning)
                .OrderByDescending(candidate => candidate!.StartTime)
                .FirstOrDefault();
        }

        /// <summary>
        /// Forgets a stopped server, in whichever session started it. When it was that session's default, the server
        /// that session started most recently and still runs becomes the default again.
        /// </summary>
        public static void Remove(LocalServerInfo server)
        {
            foreach (Session session in Sessions.Values)
            {
                lock (session.Servers)
                {
                    if (!session.Servers.Remove(server))
                    {
                        continue;
                    }

                    if (server.IsSessionDefault)
                    {
                        server.IsSessionDefault = false;
                        LocalServerInfo? next = session.Servers.LastOrDefault(s => s.IsRunning) ?? session.Servers.LastOrDefault();
                        if (next != null)
                        {
                            next.IsSessionDefault = true;
                        }
                    }
                }
            }
        }

        private static void StopAll(Guid runspaceId)
        {
            if (Sessions.TryRemove(runspaceId, out Session? session))
            {
                session.Snapshot().ToList().ForEach(s => LocalServerProcess.Stop(s.Process));
            }
        }

        /// <summary>One runspace's servers and the host it runs under.</summary>
        private sealed class Session
        {
            public Session(Guid hostId) => HostId = hostId;

            public Guid HostId { get; }

            public List<LocalServerInfo> Servers { get; } = new List<LocalServerInfo>();

            public IReadOnlyList<LocalServerInfo> Snapshot()
            {
                lock (Servers)
                {
                    return Servers.ToList();
                }
            }

            public LocalServerInfo? Default()
            {
                lock (Servers)
                {
                    return Servers.FirstOrDefault(s => s.IsSessionDefault);
                }
            }
        }
    }
}
