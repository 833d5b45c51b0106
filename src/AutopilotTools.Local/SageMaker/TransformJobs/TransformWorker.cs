using System;
using System.Collections.Concurrent;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Jobs;
using AutopilotTools.Local.ModelHosting;
using AutopilotTools.Local.S3;
using AutopilotTools.Local.SageMaker.Jobs;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.TransformJobs
{
    /// <summary>
    /// Runs transform jobs in the background, one at a time in the order created: InProgress → Completed, Failed
    /// (with the reason) or, once StopTransformJob has made it Stopping, Stopped. A stop of the server ends the run
    /// under way without touching its job; the next start fails it as interrupted (<see cref="RecoverAsync"/>).
    /// </summary>
    internal sealed class TransformWorker : IAsyncDisposable
    {
        private readonly ITransformJobStore _jobs;
        private readonly TransformRun _run;
        private readonly TimeProvider _clock;
        private readonly string _workDirectory;
        private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new ConcurrentDictionary<string, CancellationTokenSource>(StringComparer.OrdinalIgnoreCase);
        private readonly BackgroundQueue _queue;

        public TransformWorker(ITransformJobStore jobs, IResourceStore models, IModelHost host, LocalObjects objects, string dataDirectory, TimeProvider clock, TextWriter? diagnostics)
        {
            _jobs = jobs;
            _clock = clock;
            _workDirectory = Path.Combine(dataDirectory, "transform-work");
            _run = new TransformRun(models, host, objects, _workDirectory);
            _queue = new BackgroundQueue(RunAsync, (name, error) => diagnostics?.WriteLine($"Could not run transform job {name}: {error}"));
        }

        public void Enqueue(string name) => _queue.Enqueue(name);

        /// <summary>
        /// Before the first request: nothing ran across the restart, so jobs left InProgress fail as interrupted and
        /// those left Stopping are Stopped; what half-written outputs remain are removed. Returns how many failed or stopped.
        /// </summary>
        public async Task<int> RecoverAsync(CancellationToken cancellationToken)
        {
            if (Directory.Exists(_workDirectory))
            {
                Directory.Delete(_workDirectory, recursive: true);
            }

            return await _jobs.UpdateAllAsync(
                new[] { TransformJobStatus.InProgress, TransformJobStatus.Stopping },
                job => TransformJobDocuments.Interrupted(job, JobClock.Now(_clock)),
                cancellationToken);
        }

        /// <summary>Ends the job's run if under way; a job still queued is made Stopped here, without waiting for its turn.</summary>
        public async Task StopAsync(string name, CancellationToken cancellationToken)
        {
            if (_running.TryGetValue(name, out CancellationTokenSource? run))
            {
                run.Cancel();
                return;
            }

            // Should the worker pick it up meanwhile, it finds it Stopping and stops it too; whichever is first wins.
            await FinishAsync(name, TransformJobStatus.Stopped, null, cancellationToken);
        }

        public ValueTask DisposeAsync() => _queue.DisposeAsync();

        private async Task RunAsync(string name, CancellationToken stopping)
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            _running[name] = stop;
            try
            {
                TransformJobRecord? job = await _jobs.UpdateAsync(
                    name,
                    current => current.Status == TransformJobStatus.InProgress ? TransformJobDocuments.Started(current, JobClock.Now(_clock)) : null,
                    stopping);
                if (job == null || job.Status != TransformJobStatus.InProgress)
                {
                    // Stopped while queued (or gone): a Stopping job is finished here.
                    await FinishAsync(name, TransformJobStatus.Stopped, null, stopping);
                    return;
                }

                string status = TransformJobStatus.Completed;
                string? failure = null;
                try
                {
                    await _run.RunAsync(TransformJobDocuments.Describe(job), stop.Token);
                }
                catch (TransformFailure error)
                {
                    (status, failure) = (TransformJobStatus.Failed, error.Message);
                }
                catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
                {
                    status = TransformJobStatus.Stopped;
                }
                catch (Exception error) when (error is IOException || error is UnauthorizedAccessException || error is InvalidOperationException)
                {
                    // The server's own trouble (a full disk, a bucket deleted under it): the job says so rather than staying InProgress.
                    (status, failure) = (TransformJobStatus.Failed, $"The local server could not run the transform: {error.Message}");
                }

                await FinishAsync(name, status, failure, stopping);
            }
            finally
            {
                _running.TryRemove(name, out _);
            }
        }

        /// <summary>Ends a running job: a job asked to stop is Stopped whatever the run came to.</summary>
        private Task FinishAsync(string name, string status, string? failure, CancellationToken cancellationToken) =>
            _jobs.UpdateAsync(
                name,
                current => current.Status switch
                {
                    TransformJobStatus.Stopping => TransformJobDocuments.Finished(current, TransformJobStatus.Stopped, JobClock.Now(_clock), null),
                    TransformJobStatus.InProgress when status != TransformJobStatus.Stopped => TransformJobDocuments.Finished(current, status, JobClock.Now(_clock), failure),
                    _ => null,
                },
                cancellationToken);
    }
}
