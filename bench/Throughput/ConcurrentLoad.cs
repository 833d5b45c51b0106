using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Bench.Wire;

namespace AutopilotTools.Bench.Throughput
{
    /// <summary>
    /// Closed-loop load: each client sends its next request as soon as its last one is answered, over a connection of
    /// its own, for a fixed time. Requests per second is what the server sustained at that concurrency.
    /// </summary>
    internal static class ConcurrentLoad
    {
        public static async Task<double> RequestsPerSecondAsync(string endpointUrl, string operation, byte[] body, int clients, TimeSpan warmUp, TimeSpan duration) =>
            (await MeasureAsync(endpointUrl, operation, body, clients, warmUp, duration)).RequestsPerSecond;

        /// <summary>
        /// Requests per second, and this process's CPU time per request over the same period: with server and clients
        /// in one process, the CPU per request moves far less with the machine's other load than the rate does.
        /// </summary>
        public static async Task<(double RequestsPerSecond, double CpuMicrosecondsPerRequest)> MeasureAsync(string endpointUrl, string operation, byte[] body, int clients, TimeSpan warmUp, TimeSpan duration)
        {
            var sessions = Enumerable.Range(0, clients).Select(_ => new SignedSageMakerClient(endpointUrl)).ToArray();
            try
            {
                await RunAsync(sessions, operation, body, warmUp);
                TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                long completed = await RunAsync(sessions, operation, body, duration);
                TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
                return (completed / duration.TotalSeconds, completed == 0 ? 0 : cpu.TotalMilliseconds * 1000 / completed);
            }
            finally
            {
                foreach (SignedSageMakerClient session in sessions)
                {
                    session.Dispose();
                }
            }
        }

        /// <summary>The requests completed by all clients together before the time ran out.</summary>
        private static async Task<long> RunAsync(SignedSageMakerClient[] sessions, string operation, byte[] body, TimeSpan duration)
        {
            long completed = 0;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(sessions.Select(session => Task.Run(async () =>
            {
                while (clock.Elapsed < duration)
                {
                    await session.PostAsync(operation, body);
                    Interlocked.Increment(ref completed);
                }
            })));
            return completed;
        }
    }
}
