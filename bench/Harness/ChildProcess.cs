using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;

namespace AutopilotTools.Bench.Harness
{
    /// <summary>
    /// Runs a child as `dotnet program... kind args...` (this program, <see cref="BenchPaths.BenchChild"/>, or the
    /// cold-start host), times the whole process, and reads the one result line the child prints
    /// (<see cref="ChildReport"/>). A fresh process is the only honest cold start: nothing is loaded, jitted or cached
    /// in it yet.
    /// </summary>
    internal static class ChildProcess
    {
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

        /// <summary>The child's figures and the process's wall time (start to exit) in milliseconds.</summary>
        public static (IReadOnlyDictionary<string, double> Values, double WallMs) Run(IEnumerable<string> program, string kind, params string[] args)
        {
            var start = new ProcessStartInfo(BenchPaths.DotnetHost())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string arg in program.Append(kind).Concat(args))
            {
                start.ArgumentList.Add(arg);
            }

            var clock = Stopwatch.StartNew();
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"child '{kind}' did not finish in {Timeout.TotalSeconds} s");
            }

            process.WaitForExit();
            double wallMs = clock.Elapsed.TotalMilliseconds;
            string? line = stdout.Result.Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.StartsWith(ChildReport.Prefix, StringComparison.Ordinal));
            if (process.ExitCode != 0 || line == null)
            {
                throw new InvalidOperationException($"child '{kind}' failed (exit {process.ExitCode}): {stderr.Result.Trim()} {stdout.Result.Trim()}");
            }

            var values = JsonSerializer.Deserialize<Dictionary<string, double>>(line.Substring(ChildReport.Prefix.Length))
                ?? throw new InvalidOperationException($"child '{kind}' printed no figures");
            return (values, wallMs);
        }
    }

    /// <summary>
    /// A server running in a child process (`--child serve-... args`), for measurements that must see only the client
    /// in this process's heap. The child prints its URL, serves until its stdin closes, and is killed if it lingers.
    /// </summary>
    internal sealed class ChildServer : IDisposable
    {
        public const string UrlPrefix = "BENCH-URL ";
        private readonly Process _process;

        public ChildServer(string kind, params string[] args)
        {
            var start = new ProcessStartInfo(BenchPaths.DotnetHost())
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (string arg in BenchPaths.BenchChild.Append(kind).Concat(args))
            {
                start.ArgumentList.Add(arg);
            }

            _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
            Task<string?> line = _process.StandardOutput.ReadLineAsync();
            if (!line.Wait(ChildProcess.Timeout) || line.Result?.StartsWith(UrlPrefix, StringComparison.Ordinal) != true)
            {
                Dispose();
                throw new InvalidOperationException($"child server '{kind}' did not say where it listens: {(line.IsCompleted ? line.Result : "(nothing)")}");
            }

            Url = line.Result!.Substring(UrlPrefix.Length).Trim();
        }

        public string Url { get; }

        public void Dispose()
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
        }
    }
}
