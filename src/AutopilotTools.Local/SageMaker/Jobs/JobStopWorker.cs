using System;
using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Jobs
{
    /// <summary>
    /// Finishes stops in the background, as the service does: StopAutoMLJob answers with the job Stopping, and the
    /// job turns Stopped once its work has ended. A job that is training is handed to its run, which stops the engine,
    /// keeps the finished candidates and marks it Stopped; one that has not started is Stopped here at once.
    /// </summary>
    internal sealed class JobStopWorker : IAsyncDisposable
    {
        private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly IJobStore _jobs;
        private readonly TimeProvider _clock;
        private readonly TextWriter? _diagnostics;
        private readonly Func<string, bool> _stopTraining;
        private readonly Task _loop;

        /// <param name="stopTraining">Stops the job's training run; false when it has none, so the job is Stopped here.</param>
        public JobStopWorker(IJobStore jobs, TimeProvider clock, TextWriter? diagnostics, Func<string, bool> stopTraining)
        {
            _jobs = jobs;
            _clock = clock;
            _diagnostics = diagnostics;
            _stopTraining = stopTraining;
            _loop = Task.Run(RunAsync);
        }

        public void Enqueue(string jobName) => _queue.Writer.TryWrite(jobName);

        public async ValueTask DisposeAsync()
        {
            _queue.Writer.TryComplete();
            _stopping.Cancel();
            try
            {
                await _loop;
            }
            catch (OperationCanceledException)
            {
            }

            _stopping.Dispose();
        }

        private async Task RunAsync()
        {
            await foreach (string name in _queue.Reader.ReadAllAsync(_stopping.Token))
            {
                try
                {
                    if (_stopTraining(name))
                    {
                        continue;
                    }

                    await _jobs.UpdateAsync(
                        name,
                        job => job.Status == AutoMLJobStatus.Stopping ? JobTransitions.Stopped(job, JobClock.Now(_clock)) : null,
                        _stopping.Token);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    // A job left Stopping is failed as interrupted at the next start; nothing is lost by going on.
                    _diagnostics?.WriteLine($"Could not finish stopping AutoML job {name}: {error.Message}");
                }
            }
        }
    }
}
