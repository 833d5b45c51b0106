using System;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Jobs;
using AutopilotTools.Local.SageMaker.Jobs;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.TransformJobs
{
    /// <summary>
    /// StopTransformJob: answers with the job Stopping, as the service does; the worker ends the run and makes it
    /// Stopped (what was already written stays under the output path). Stopping a job twice is harmless; stopping
    /// one that has ended is refused.
    /// </summary>
    internal sealed class StopTransformJobOperation
    {
        private readonly ITransformJobStore _jobs;
        private readonly TransformWorker _worker;
        private readonly TimeProvider _clock;

        public StopTransformJobOperation(ITransformJobStore jobs, TransformWorker worker, TimeProvider clock)
        {
            _jobs = jobs;
            _worker = worker;
            _clock = clock;
        }

        public SageMakerOperation Operation() =>
            SageMakerOperation.Create<StopTransformJobRequest, EmptyResponse>(SageMakerOperations.StopTransformJob, StopAsync);

        private async Task<EmptyResponse> StopAsync(StopTransformJobRequest request, CancellationToken cancellationToken)
        {
            string name = request.TransformJobName!;
            TransformJobRecord? job = await _jobs.UpdateAsync(
                name,
                current => current.Status switch
                {
                    TransformJobStatus.InProgress => TransformJobDocuments.Stopping(current, JobClock.Now(_clock)),
                    TransformJobStatus.Stopping => null,
                    _ => throw SageMakerError.Validation($"The transform job {current.Name} cannot be stopped: its status is {current.Status}."),
                },
                cancellationToken);
            if (job == null)
            {
                throw TransformJobErrors.NotFound(name);
            }

            await _worker.StopAsync(job.Name, cancellationToken);
            return new EmptyResponse();
        }
    }
}
