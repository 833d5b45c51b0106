using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace AutopilotTools.Local
{
    /// <summary>
    /// What <c>--session-owned</c> changes, for a server a shell session started (Start-AutoMLLocalServer). Such a
    /// server belongs to the session, not to whatever command the user happens to interrupt: a Ctrl+C in the console
    /// stops that command, never the server. It lives until its owner says stop (closes our standard input, or sends
    /// SIGTERM) or goes away (its end of the pipe closes when it exits, even by kill -9), so it is never orphaned.
    /// </summary>
    /// <remarks>
    /// Why a pipe and a new session rather than a signal mask or a parent-pid watch: a terminal sends SIGINT (and
    /// SIGQUIT, SIGTSTP, SIGHUP) to its whole foreground process group, which a child the shell starts is in. Leaving
    /// that group with setsid(2) (Linux and macOS alike) keeps every terminal signal away, not just Ctrl+C, and needs
    /// nothing from the module, which on Windows PowerShell 5.1 cannot start a process in another session. On Windows
    /// the server is started without a console of its own and ignores console Ctrl+C/Ctrl+Break as well. A pipe's end
    /// closing is reported at once on every OS, with no polling and no chance of a reused process id.
    /// </remarks>
    internal static class SessionOwnership
    {
        /// <summary>Leaves the terminal's process group and session, so terminal signals no longer reach us.</summary>
        public static void DetachFromTerminal(TextWriter diagnostics)
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            // Fails only for a process group leader, which a child started by the module never is.
            if (setsid() == -1)
            {
                diagnostics.WriteLine($"setsid failed (errno {Marshal.GetLastPInvokeError()}); a Ctrl+C in the terminal may still reach the server.");
            }
        }

        /// <summary>Completes when standard input reaches its end: the owner closed it, or the owner's process ended.</summary>
        public static Task OwnerGoneAsync() => Task.Run(async () =>
        {
            using Stream input = Console.OpenStandardInput();
            var buffer = new byte[256];
            try
            {
                while (await input.ReadAsync(buffer) > 0)
                {
                    // The owner never writes; anything it does is ignored.
                }
            }
            catch (IOException)
            {
                // A broken pipe is the owner gone too.
            }
        });

        [DllImport("libc", SetLastError = true)]
        private static extern int setsid();
    }
}
