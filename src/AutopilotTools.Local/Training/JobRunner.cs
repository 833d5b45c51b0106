using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace AutopilotTools.Local.Training
{
    /// <summary>
    /// Runs created jobs in the background, at most <see cref="Slots"/> at a time (one per core by default); the
    /// others wait their turn, InProgress/Starting, in creation order. Each run works in a folder of its own under
    /// <c>training/</c> in the data directory, removed when it ends (and swept at start). With no slots, jobs are
    /// accepted and wait until stopped.
    /// </summary>
    internal sealed class JobRunner : IAsyncDisposable
    {
        /// <summary>How long stopping the server waits for runs to notice; the engine stops promptly when asked.</summary>
        private static readonly TimeSpan ShutdownWait = TimeSpan.FromSeconds(30);

        private readonly Channel<string> _queue = Channel.CreateUnbounded<string>();
        private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new ConcurrentDictionary<string, CancellationTokenSource>(StringComparer.OrdinalIgnoreCase);
        private readonly CancellationTokenSource _shutdown = new CancellationTokenSource();
        private readonly TrainingServices _services;
        private readonly string _workRoot;
        private readonly Task[] _workers;

        public JobRunner(int slots, string dataDirectory, TrainingServices services)
        {
            Slots = Math.Max(0, slots);
            _services = services;
            _workRoot = Path.Combine(dataDirectory, "training");
            if (Directory.Exists(_workRoot))
            {
                // Whatever is here belonged to runs the last stop interrupted; their jobs are Failed by now.
                Directory.Delete(_workRoot, recursive: true);
            }

            _workers = Enumerable.Range(0, Slots).Select(_ => Task.Run(WorkAsync)).ToArray();
        }

        public int Slots { get; }

        public void Enqueue(string jobName) => _queue.Writer.TryWrite(jobName);

        /// <summary>Stops a job that is training; false when it is not (still queued, or done), so the caller ends the stop itself.</summary>
        public bool TryStop(string jobName)
        {
            if (!_running.TryGetValue(jobName, out CancellationTokenSource? stop))
            {
                return false;
            }

            try
            {
                stop.Cancel();
            }
            catch (ObjectDisposedException)
            {
                return false;
            }

            return true;
        }

        public async ValueTask DisposeAsync()
        {
            _queue.Writer.TryComplete();
            _shutdown.Cancel();
            try
            {
                await Task.WhenAll(_workers).WaitAsync(ShutdownWait);
            }
            catch (Exception error) when (error is OperationCanceledException || error is TimeoutException)
            {
            }

            _shutdown.Dispose();
        }

        private async Task WorkAsync()
        {
            await foreach (string jobName in _queue.Reader.ReadAllAsync(_shutdown.Token))
            {
                await RunAsync(jobName);
            }
        }

        private async Task RunAsync(string jobName)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(_shutdown.Token);
            if (!_running.TryAdd(jobName, stop))
            {
                return;
            }

            string work = Path.Combine(_workRoot, Guid.NewGuid().ToString("N"));
            try
            {
                await new TrainingRun(_services, work).RunAsync(jobName, stop.Token, _shutdown.Token);
            }
            catch (Exception error) when (!_shutdown.IsCancellationRequested)
            {
                _services.Diagnostics?.WriteLine($"Training AutoML job {jobName} failed: {error}");
            }
            finally
            {
                _running.TryRemove(jobName, out _);
                DeleteQuietly(work);
            }
        }

        private static void DeleteQuietly(string directory)
        {
            try
            {
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                }
            }
            catch (IOException)
            {
                // An abandoned training may still hold a file; the next start sweeps it.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
