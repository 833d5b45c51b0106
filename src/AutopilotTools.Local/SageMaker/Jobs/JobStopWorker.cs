using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Jobs;
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
        private readonly IJobStore _jobs;
        private readonly TimeProvider _clock;
        private readonly Func<string, bool> _stopTraining;
        private readonly BackgroundQueue _queue;

        /// <param name="stopTraining">Stops the job's training run; false when it has none, so the job is Stopped here.</param>
        public JobStopWorker(IJobStore jobs, TimeProvider clock, TextWriter? diagnostics, Func<string, bool> stopTraining)
        {
            _jobs = jobs;
            _clock = clock;
            _stopTraining = stopTraining;
            // A job left Stopping is failed as interrupted at the next start; nothing is lost by going on.
            _queue = new BackgroundQueue(StopAsync, (name, error) => diagnostics?.WriteLine($"Could not finish stopping AutoML job {name}: {error.Message}"));
        }

        public void Enqueue(string jobName) => _queue.Enqueue(jobName);

        public ValueTask DisposeAsync() => _queue.DisposeAsync();

        private async Task StopAsync(string name, CancellationToken cancellationToken)
        {
            if (_stopTraining(name))
            {
                return;
            }

            await _jobs.UpdateAsync(
                name,
                job => job.Status == AutoMLJobStatus.Stopping ? JobTransitions.Stopped(job, JobClock.Now(_clock)) : null,
                cancellationToken);
        }
    }
}
