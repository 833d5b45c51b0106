using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;

namespace AutopilotTools.Bench.Harness
{
    /// <summary>
    /// Runs this program again as `dotnet bench.dll --child kind args...`, times the whole process, and reads the one
    /// result line the child prints (<see cref="ChildReport"/>). A fresh process is the only honest cold start: nothing
    /// is loaded, jitted or cached in it yet.
    /// </summary>
    internal static class ChildProcess
    {
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

        /// <summary>The child's figures and the process's wall time (start to exit) in milliseconds.</summary>
        public static (IReadOnlyDictionary<string, double> Values, double WallMs) Run(string kind, params string[] args)
        {
            var start = new ProcessStartInfo(BenchPaths.DotnetHost())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(BenchPaths.BenchDll);
            start.ArgumentList.Add("--child");
            start.ArgumentList.Add(kind);
            foreach (string arg in args)
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

    /// <summary>The child's side: one line on stdout with its figures.</summary>
    internal static class ChildReport
    {
        public const string Prefix = "BENCH-RESULT ";

        public static void Emit(IReadOnlyDictionary<string, double> values) =>
            Console.Out.WriteLine(Prefix + JsonSerializer.Serialize(values));
    }
}
