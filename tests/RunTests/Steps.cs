using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace AutopilotTools.RunTests
{
    /// <summary>Runs the commands of the test run in the repository root, their output passed through as it comes.</summary>
    internal sealed class Steps
    {
        private readonly string _root;

        public Steps(string root) => _root = root;

        public string Root => _root;

        public bool Run(string program, params string[] arguments) => Run(program, arguments, onLine: null, timeout: null) == 0;

        /// <summary>
        /// Runs a program to its end and returns its exit code; each line of its output is echoed and handed to
        /// <paramref name="onLine"/>. A run longer than <paramref name="timeout"/> is killed (whole tree) and counts
        /// as failed, so a hung test can never hold CI until its own limit.
        /// </summary>
        public int Run(string program, IEnumerable<string> arguments, Action<string>? onLine, TimeSpan? timeout)
        {
            var start = new ProcessStartInfo(program)
            {
                WorkingDirectory = _root,
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            Console.Out.WriteLine($"> {program} {string.Join(" ", start.ArgumentList)}");
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Echo(e.Data, Console.Out, onLine);
            process.ErrorDataReceived += (_, e) => Echo(e.Data, Console.Error, onLine);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(timeout ?? System.Threading.Timeout.InfiniteTimeSpan))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                Console.Error.WriteLine($"'{program}' ran longer than {timeout} and was stopped.");
                return -1;
            }

            process.WaitForExit();
            return process.ExitCode;
        }

        private static void Echo(string? line, System.IO.TextWriter to, Action<string>? onLine)
        {
            if (line == null)
            {
                return;
            }

            to.WriteLine(line);
            onLine?.Invoke(line);
        }
    }
}
