using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Terminal
{
    /// <summary>
    /// Real pwsh (the repository's local tool, `dotnet pwsh`) in a real pseudo-terminal, driven through tmux on a
    /// server of its own: keys are typed as a user types them, and Ctrl+C is the terminal's, so the kernel sends
    /// SIGINT to the terminal's foreground process group exactly as in a user's console.
    /// </summary>
    public sealed class TerminalSession : IDisposable
    {
        private static readonly Lazy<bool> ToolsRestored = new Lazy<bool>(RestoreTools);

        private readonly string _socket = "autopilot-test-" + Guid.NewGuid().ToString("N")[..8];
        private int _marks;

        public TerminalSession()
        {
            Assert.True(ToolsRestored.Value, "dotnet tool restore failed; pwsh is the repository's local tool.");
            Tmux("new-session", "-d", "-s", "pwsh", "-x", "200", "-y", "50", "-c", RepoPaths.Root, "dotnet pwsh -NoProfile -NoLogo");

            // The first prompt can take a while on a busy machine; keys typed before it may be lost.
            WaitForPrompt(TimeSpan.FromMinutes(2));
        }

        /// <summary>
        /// Types a line and waits until pwsh has run it: the line ends by printing a marker that only running it
        /// shows (the typed text spells it differently). Returns the screen.
        /// </summary>
        public string Run(string line, TimeSpan? timeout = null)
        {
            string mark = Type(line);
            string screen = WaitFor(mark, timeout ?? TimeSpan.FromMinutes(1));
            WaitForPrompt(TimeSpan.FromMinutes(1));
            return screen;
        }

        /// <summary>Waits until the last line on the screen is pwsh's prompt, ready for input.</summary>
        public void WaitForPrompt(TimeSpan timeout)
        {
            var clock = Stopwatch.StartNew();
            string last;
            while (!(last = Screen().TrimEnd().Split('\n')[^1]).StartsWith("PS ", StringComparison.Ordinal) || !last.TrimEnd().EndsWith('>'))
            {
                if (clock.Elapsed > timeout)
                {
                    throw new TimeoutException($"pwsh showed no prompt within {timeout}. It shows:\n{Screen()}");
                }

                Thread.Sleep(200);
            }
        }

        /// <summary>Types a line without waiting; returns the marker it prints when it ends.</summary>
        public string Type(string line)
        {
            int n = Interlocked.Increment(ref _marks);
            Tmux("send-keys", "-t", "pwsh", "-l", $"{line}; 'end of ' + 'step {n}'");
            Tmux("send-keys", "-t", "pwsh", "Enter");
            return $"end of step {n}";
        }

        /// <summary>Presses Ctrl+C in the terminal.</summary>
        public void CtrlC() => Tmux("send-keys", "-t", "pwsh", "C-c");

        /// <summary>Waits until the screen (with its scrollback) shows <paramref name="text"/>; returns it.</summary>
        public string WaitFor(string text, TimeSpan timeout)
        {
            var clock = Stopwatch.StartNew();
            string screen;
            while (!(screen = Screen()).Contains(text, StringComparison.Ordinal))
            {
                if (clock.Elapsed > timeout)
                {
                    throw new TimeoutException($"The terminal did not show '{text}' within {timeout}. It shows:\n{screen}");
                }

                Thread.Sleep(200);
            }

            return screen;
        }

        /// <summary>What the terminal shows, scrollback included, wrapped lines joined.</summary>
        public string Screen() => Tmux("capture-pane", "-p", "-J", "-S", "-2000", "-t", "pwsh");

        public void Dispose()
        {
            try
            {
                Tmux("kill-server");
            }
            catch (InvalidOperationException)
            {
                // Already gone with its last window.
            }
        }

        private string Tmux(params string[] arguments)
        {
            var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-L");
            start.ArgumentList.Add(_socket);
            arguments.ToList().ForEach(start.ArgumentList.Add);
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException("These tests drive pwsh in a terminal with tmux, which is not installed (apt-get install -y tmux; Windows has no tmux: run them on Linux or macOS).", e);
            }

            using (process)
            {
                string output = process.StandardOutput.ReadToEnd();
                string error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                return process.ExitCode == 0 ? output : throw new InvalidOperationException($"tmux {string.Join(" ", arguments)} failed: {error}");
            }
        }

        private static bool RestoreTools()
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", "tool restore")
            {
                WorkingDirectory = RepoPaths.Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using Process process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 && File.Exists(Path.Combine(RepoPaths.Root, "dotnet-tools.json"));
        }
    }
}
