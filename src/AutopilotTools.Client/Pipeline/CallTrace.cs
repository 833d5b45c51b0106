using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace AutopilotTools.Client.Pipeline
{
    /// <summary>
    /// What the SDK did for the calls of one cmdlet, for -Debug: each attempt, its outcome, the service's request id
    /// and the SDK's invocation id (shared by the attempts of one call, so retries show as attempts 2, 3 of it). Lines
    /// are collected from the SDK's threads and written by the cmdlet on its own thread. No header or credential is
    /// ever recorded.
    /// </summary>
    public sealed class CallTrace
    {
        private static readonly AsyncLocal<CallTrace?> Ambient = new AsyncLocal<CallTrace?>();

        private readonly ConcurrentQueue<string> _lines = new ConcurrentQueue<string>();

        /// <summary>The trace calls started from here on (on this thread and the tasks it starts) report to.</summary>
        public static CallTrace? Current
        {
            get => Ambient.Value;
            set => Ambient.Value = value;
        }

        /// <summary>The lines recorded since the last time they were taken.</summary>
        public IEnumerable<string> Take()
        {
            while (_lines.TryDequeue(out string? line))
            {
                yield return line;
            }
        }

        internal void Add(string line) => _lines.Enqueue(line);
    }
}
