using System;
using System.Globalization;
using System.Linq;
using System.Management.Automation.Host;
using System.Management.Automation.Runspaces;
using AutopilotTools.Client.Connection;

namespace AutopilotTools.LocalServer
{
    /// <summary>
    /// Decides whether a call goes to the session's local server. With no connection parameters it does (region,
    /// endpoint and the server's test credentials). An explicit -Region, -ProfileName, -Credential or -EndpointUrl
    /// means the caller chose where to go, so the call goes to AWS (or that endpoint), not the session's server;
    /// unless -EndpointUrl names a server this session started (or uses), whose region and credentials then fill in
    /// what was not given.
    /// </summary>
    internal static class SessionServerConnection
    {
        /// <summary>Points <paramref name="options"/> at the server to use, if any.</summary>
        /// <exception cref="LocalServerGoneException">The session's default server is no longer running.</exception>
        public static void Apply(ConnectionOptions options, Runspace? runspace, PSHost? host)
        {
            if (options.EndpointUrl != null)
            {
                LocalServerInfo? named = Named(options.EndpointUrl, runspace, host);
                if (named != null)
                {
                    Use(named, options, "the -EndpointUrl parameter (the local server at " + named.Url + ")");
                }

                return;
            }

            if (options.Region != null || options.ProfileName != null || options.Credential != null)
            {
                return;
            }

            LocalServerInfo? server = LocalServerRegistry.DefaultOf(runspace, host);
            if (server == null)
            {
                return;
            }

            if (!server.IsRunning)
            {
                throw new LocalServerGoneException(server);
            }

            options.EndpointUrl = server.Url;
            Use(server, options, string.Format(CultureInfo.InvariantCulture, "the session's local server (Start-AutoMLLocalServer, process {0})", server.ProcessId));
        }

        private static void Use(LocalServerInfo server, ConnectionOptions options, string endpointSource)
        {
            options.EndpointSource = endpointSource;
            if (options.Region == null)
            {
                options.Region = server.Region;
                options.RegionSource = "the local server at " + server.Url;
            }

            if (options.Credential == null && options.ProfileName == null)
            {
                // A server started with -Credential checks signatures against that key; any other takes test ones.
                options.Credential = server.Credential ?? new System.Net.NetworkCredential(LocalServerRegistry.AccessKey, LocalServerRegistry.SecretKey);
                options.CredentialSource = server.Credential != null ? "the local server's -Credential (access key " + server.Credential.UserName + ")" : "the local server's test credentials";
            }
        }

        /// <summary>A running server this session can see whose URL is <paramref name="url"/>.</summary>
        private static LocalServerInfo? Named(string url, Runspace? runspace, PSHost? host)
        {
            string wanted = url.TrimEnd('/');
            return LocalServerRegistry.Of(runspace).Append(LocalServerRegistry.DefaultOf(runspace, host))
                .FirstOrDefault(s => s != null && s.IsRunning && string.Equals(s.Url.TrimEnd('/'), wanted, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>The session's local server has exited; calls that would have gone to it stop with this.</summary>
    internal sealed class LocalServerGoneException : InvalidOperationException
    {
        public LocalServerGoneException(LocalServerInfo server)
            : base($"The session's local server at {server.Url} (process {server.ProcessId}) exited with code {server.ExitCode}.") => Server = server;

        public LocalServerInfo Server { get; }
    }
}
