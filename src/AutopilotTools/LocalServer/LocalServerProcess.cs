using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;

namespace AutopilotTools.LocalServer
{
    /// <summary>
    /// Runs the local server that ships in the module folder (LocalServer/AutopilotTools.Local.dll) with the .NET
    /// host, reads the URL from its first line, and waits until it answers its health document.
    /// </summary>
    internal static class LocalServerProcess
    {
        private static readonly Regex ListeningLine = new Regex(@"^Listening on (?<url>http://[^\s]+:(?<port>\d+))\s*$");

        public static string ServerAssembly => Path.Combine(Path.GetDirectoryName(typeof(LocalServerProcess).Assembly.Location)!, "LocalServer", "AutopilotTools.Local.dll");

        /// <exception cref="InvalidOperationException">The server could not be found, started, or did not become healthy in time.</exception>
        /// <param name="credential">The one access key the server accepts signatures from; null for a server that checks none.</param>
        /// <param name="enginesDirectory">The server's optional engines (the AutopilotTools.Pretrained module's folder); null for its default.</param>
        public static LocalServerInfo Start(int port, string dataPath, string region, TimeSpan timeout, CancellationToken cancel, System.Net.NetworkCredential? credential = null, string? enginesDirectory = null)
        {
            if (!File.Exists(ServerAssembly))
            {
                throw new InvalidOperationException($"The local server is not in the module folder ({ServerAssembly}); the module was not laid out by the build.");
            }

            Directory.CreateDirectory(dataPath);
            // --session-owned: the server ignores the console's Ctrl+C (which is for the command the user runs, not for
            // the session's server) and stops when its standard input, a pipe only we hold, closes: when we stop it or
            // this process ends in any way. See SessionOwnership in the server for why this and not a signal mask.
            var start = new ProcessStartInfo(DotnetHost(), $"exec \"{ServerAssembly}\" --port {port} --data-dir \"{dataPath}\" --region {region} --auto-create-buckets --session-owned"
                + (enginesDirectory == null ? "" : $" --engines \"{enginesDirectory}\""))
            {
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                CreateNoWindow = true,
            };

            // The key goes through the environment, not the command line, which other users can list; and a value the
            // session happens to have is never inherited, so a server started without -Credential checks nothing.
            start.Environment.Remove("AUTOPILOT_LOCAL_CREDENTIALS");
            if (credential != null)
            {
                start.Environment["AUTOPILOT_LOCAL_CREDENTIALS"] = credential.UserName + ":" + credential.Password;
            }

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException("The .NET host did not start.");
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException("The local server needs the .NET 10 runtime with ASP.NET Core ('dotnet' on PATH, or DOTNET_ROOT): " + e.Message, e);
            }

            var errors = new ConcurrentQueue<string>();
            process.ErrorDataReceived += (_, e) => KeepLast(errors, e.Data);
            process.BeginErrorReadLine();
            try
            {
                Match listening = ReadListeningLine(process, timeout, cancel);
                // Keep reading so the server never blocks on a full stdout pipe.
                _ = System.Threading.Tasks.Task.Run(() =>
                {
                    while (process.StandardOutput.ReadLine() != null)
                    {
                    }
                });
                var info = new LocalServerInfo(process, listening.Groups["url"].Value, int.Parse(listening.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture), dataPath, region, errors) { Credential = credential };
                WaitHealthy(info, timeout, cancel);
                return info;
            }
            catch (Exception) when (Stop(process))
            {
                throw;
            }
            catch (InvalidOperationException e)
            {
                throw new InvalidOperationException(e.Message + (errors.IsEmpty ? string.Empty : " Server output: " + string.Join(" ", errors)), e);
            }
        }

        /// <summary>
        /// Ends the server: closing its standard input asks it to stop cleanly (as when this process ends); one that
        /// has not stopped after <see cref="CleanStopTime"/> is killed, which loses nothing it committed. Returns false
        /// so it can sit in an exception filter.
        /// </summary>
        public static bool Stop(Process process)
        {
            try
            {
                if (!process.HasExited)
                {
                    try
                    {
                        process.StandardInput.Close();
                    }
                    catch (IOException)
                    {
                        // Its end is already gone; the kill below ends it.
                    }

                    if (!process.WaitForExit((int)CleanStopTime.TotalMilliseconds))
                    {
                        process.Kill();
                        process.WaitForExit(5000);
                    }
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            return false;
        }

        private static readonly TimeSpan CleanStopTime = TimeSpan.FromSeconds(5);

        /// <summary>The last lines the server wrote to stderr: what it said before it exited, for the error that says it did.</summary>
        private static void KeepLast(ConcurrentQueue<string> lines, string? line)
        {
            if (line == null)
            {
                return;
            }

            lines.Enqueue(line);
            while (lines.Count > 20 && lines.TryDequeue(out _))
            {
            }
        }

        private static Match ReadListeningLine(Process process, TimeSpan timeout, CancellationToken cancel)
        {
            var line = System.Threading.Tasks.Task.Run(() => process.StandardOutput.ReadLine());
            if (!line.Wait((int)timeout.TotalMilliseconds, cancel) || line.Result == null)
            {
                throw new InvalidOperationException(process.HasExited ? $"The local server exited with code {process.ExitCode} before it listened." : $"The local server did not start listening within {timeout}.");
            }

            Match match = ListeningLine.Match(line.Result);
            return match.Success ? match : throw new InvalidOperationException("The local server said '" + line.Result + "' instead of where it listens.");
        }

        private static void WaitHealthy(LocalServerInfo server, TimeSpan timeout, CancellationToken cancel)
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            DateTime deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                cancel.ThrowIfCancellationRequested();
                try
                {
                    using HttpResponseMessage response = http.GetAsync(server.Url + "/", cancel).GetAwaiter().GetResult();
                    // A server that checks signatures answers this unsigned probe 403 (S3's AccessDenied): it is up all the same.
                    if (response.IsSuccessStatusCode || (server.Credential != null && response.StatusCode == System.Net.HttpStatusCode.Forbidden))
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not answering yet.
                }
                catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
                {
                    // One health check outlasted its 2 s (a busy machine): not a Ctrl+C, so ask again until the deadline.
                }

                if (DateTime.UtcNow > deadline || server.Process.HasExited)
                {
                    throw new InvalidOperationException($"The local server at {server.Url} did not answer its health check within {timeout}.");
                }

                cancel.WaitHandle.WaitOne(100);
            }
        }

        /// <summary>The .NET host: the one running us when we run on .NET (PowerShell 7 is not the dotnet host), DOTNET_ROOT, else 'dotnet' on PATH.</summary>
        private static string DotnetHost()
        {
            string? hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
            {
                return hostPath!;
            }

            string? root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
            string exe = Environment.OSVersion.Platform == PlatformID.Win32NT ? "dotnet.exe" : "dotnet";
            return !string.IsNullOrEmpty(root) && File.Exists(Path.Combine(root, exe)) ? Path.Combine(root, exe) : "dotnet";
        }
    }
}
