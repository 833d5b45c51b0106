using System;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace AutopilotTools.Local
{
    /// <summary>
    /// <c>dotnet run --project src/AutopilotTools.Local -c Release -- --port 0 --data-dir ./local-data</c>. The first
    /// line on stdout is exactly <c>Listening on http://&lt;host&gt;:&lt;port&gt;</c>, so scripts and tests can read the
    /// port; diagnostics go to stderr. Ctrl+C or SIGTERM stops it cleanly; a kill loses nothing committed. With
    /// --session-owned (how Start-AutoMLLocalServer runs it) Ctrl+C is not for the server: see <see cref="SessionOwnership"/>.
    /// </summary>
    internal static class Program
    {
        private static async Task<int> Main(string[] args)
        {
            LocalServerOptions? options;
            try
            {
                options = CommandLine.Parse(args, Console.Out);
            }
            catch (ArgumentException error)
            {
                Console.Error.WriteLine(error.Message);
                Console.Error.WriteLine(CommandLine.Usage);
                return 2;
            }

            if (options == null)
            {
                return 0;
            }

            options.Diagnostics = Console.Error;
            var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (options.SessionOwned)
            {
                SessionOwnership.DetachFromTerminal(Console.Error);
                _ = SessionOwnership.OwnerGoneAsync().ContinueWith(_ => stop.TrySetResult(), TaskScheduler.Default);
            }

            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                if (!options.SessionOwned)
                {
                    stop.TrySetResult();
                }
            };
            using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.TrySetResult();
            });

            await using var server = new LocalServer(options);
            try
            {
                await server.StartAsync();
            }
            catch (Exception error) when (error is System.IO.IOException || error is ArgumentException)
            {
                Console.Error.WriteLine("The local server could not start: " + error.Message);
                return 1;
            }

            Console.Out.WriteLine($"Listening on {server.Url}");
            Console.Error.WriteLine($"Data directory: {server.DataDirectory}; region {server.Region}." +
                (server.InterruptedJobs > 0 ? $" {server.InterruptedJobs} job(s) that were running are now Failed (interrupted)." : string.Empty));
            Console.Error.WriteLine(server.AccessKeyIds.Count > 0
                ? $"Only requests signed (SigV4, region {server.Region}) by these access keys are served: {string.Join(", ", server.AccessKeyIds)}."
                : "Requests are not authenticated: keep the server on loopback, or give it access keys (--access-key).");
            await stop.Task;
            await server.StopAsync();
            return 0;
        }
    }
}
