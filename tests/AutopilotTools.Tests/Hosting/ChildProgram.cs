using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading.Tasks;

namespace AutopilotTools.Tests.Hosting
{
    /// <summary>What a program run to its end printed, and how it ended.</summary>
    public sealed record ChildRun(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
    }

    /// <summary>
    /// Runs a program the solution builds as a user would run it, `dotnet exec &lt;dll&gt; args` in a process of its own:
    /// for what only a fresh process shows (a clean set of loaded assemblies, a process exit code).
    /// </summary>
    public static class ChildProgram
    {
        /// <summary>The path of a built program, named by an AssemblyMetadata item of the test project.</summary>
        public static string Built(string key)
        {
            string path = typeof(ChildProgram).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"{key} is built with the solution (dotnet build AutopilotTools.sln -c Release); not found", path);
            }

            return path;
        }

        /// <summary>`dotnet exec program arguments`, with both output streams redirected.</summary>
        public static ProcessStartInfo StartInfo(string program, IEnumerable<string> arguments)
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add(program);
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            return start;
        }

        /// <summary>Runs it to its end; a run longer than <paramref name="timeout"/> is killed and reported.</summary>
        public static async Task<ChildRun> RunAsync(string program, IEnumerable<string> arguments, TimeSpan timeout, IDictionary<string, string>? environment = null)
        {
            ProcessStartInfo start = StartInfo(program, arguments);
            foreach (KeyValuePair<string, string> variable in environment ?? new Dictionary<string, string>())
            {
                start.Environment[variable.Key] = variable.Value;
            }

            using Process process = Process.Start(start)!;
            var output = new StringBuilder();
            var error = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data != null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) { lock (error) { error.AppendLine(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                await process.WaitForExitAsync().WaitAsync(timeout);
            }
            catch (TimeoutException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                throw new TimeoutException($"{Path.GetFileName(program)} ran longer than {timeout}:\n{new ChildRun(-1, output.ToString(), error.ToString())}");
            }

            // The asynchronous readers may still hold the last lines until the streams close.
            process.WaitForExit();
            return new ChildRun(process.ExitCode, output.ToString(), error.ToString());
        }
    }
}
