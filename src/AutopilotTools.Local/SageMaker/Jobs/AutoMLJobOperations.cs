using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Local.Jobs;
using AutopilotTools.Local.Storage;
using AutopilotTools.Local.Training;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Jobs
{
    /// <summary>
    /// Create, describe and stop AutoML jobs made with either API. A job the local server cannot train (another
    /// problem type, algorithms its engine refuses, …) is refused at creation; one it can is queued for training.
    /// </summary>
    internal sealed class AutoMLJobOperations
    {
        private readonly IJobStore _jobs;
        private readonly JobStopWorker _stopper;
        private readonly JobRunner _runner;
        private readonly ProblemTypeRegistry _problemTypes;
        private readonly string _region;
        private readonly TimeProvider _clock;

        public AutoMLJobOperations(IJobStore jobs, JobStopWorker stopper, JobRunner runner, ProblemTypeRegistry problemTypes, string region, TimeProvider clock)
        {
            _problemTypes = problemTypes;
            _jobs = jobs;
            _stopper = stopper;
            _runner = runner;
            _region = region;
            _clock = clock;
        }

        public IEnumerable<SageMakerOperation> Operations()
        {
            yield return SageMakerOperation.Create<CreateAutoMLJobRequest, CreateAutoMLJobResponse>(SageMakerOperations.CreateAutoMLJob, CreateAsync);
            yield return SageMakerOperation.Create<CreateAutoMLJobV2Request, CreateAutoMLJobV2Response>(SageMakerOperations.CreateAutoMLJobV2, CreateV2Async);
            yield return SageMakerOperation.Create<DescribeAutoMLJobRequest, DescribeAutoMLJobResponse>(SageMakerOperations.DescribeAutoMLJob, DescribeAsync);
            yield return SageMakerOperation.Create<DescribeAutoMLJobV2Request, DescribeAutoMLJobV2Response>(SageMakerOperations.DescribeAutoMLJobV2, DescribeV2Async);
            yield return SageMakerOperation.Create<StopAutoMLJobRequest, EmptyResponse>(SageMakerOperations.StopAutoMLJob, StopAsync);
        }

        private async Task<CreateAutoMLJobResponse> CreateAsync(CreateAutoMLJobRequest request, CancellationToken cancellationToken)
        {
            string name = request.AutoMLJobName!;
            string arn = Arns.AutoMLJob(_region, name);
            DateTime now = JobClock.Now(_clock);
            DescribeAutoMLJobResponse described = JobDocuments.FromCreate(request, arn, now);
            TrainingRequests.CheckTrainable(JobDocuments.ToV2(described), _problemTypes);
            await AddAsync(new JobRecord(name, arn, 1, AutoMLJobStatus.InProgress, AutoMLJobSecondaryStatus.Starting, now, now, null, Documents.Serialize(described)), request.Tags, cancellationToken);
            _runner.Enqueue(name);
            return new CreateAutoMLJobResponse { AutoMLJobArn = arn };
        }

        private async Task<CreateAutoMLJobV2Response> CreateV2Async(CreateAutoMLJobV2Request request, CancellationToken cancellationToken)
        {
            string name = request.AutoMLJobName!;
            string arn = Arns.AutoMLJob(_region, name);
            DateTime now = JobClock.Now(_clock);
            DescribeAutoMLJobV2Response described = JobDocuments.FromCreate(request, arn, now);
            TrainingRequests.CheckTrainable(described, _problemTypes);
            await AddAsync(new JobRecord(name, arn, 2, AutoMLJobStatus.InProgress, AutoMLJobSecondaryStatus.Starting, now, now, null, Documents.Serialize(described)), request.Tags, cancellationToken);
            _runner.Enqueue(name);
            return new CreateAutoMLJobV2Response { AutoMLJobArn = arn };
        }

        private async Task<DescribeAutoMLJobResponse> DescribeAsync(DescribeAutoMLJobRequest request, CancellationToken cancellationToken)
        {
            JobRecord job = await GetAsync(request.AutoMLJobName!, cancellationToken);
            if (job.ApiVersion != 1)
            {
                // The service keeps the V1 describe for V1 jobs; V2 jobs are described only by DescribeAutoMLJobV2.
                throw SageMakerError.Validation(
                    $"The AutoML job {job.Name} was created with CreateAutoMLJobV2; describe it with DescribeAutoMLJobV2.");
            }

            return Documents.Deserialize<DescribeAutoMLJobResponse>(job.Document);
        }

        private async Task<DescribeAutoMLJobV2Response> DescribeV2Async(DescribeAutoMLJobV2Request request, CancellationToken cancellationToken)
        {
            JobRecord job = await GetAsync(request.AutoMLJobName!, cancellationToken);
            return job.ApiVersion == 1
                ? JobDocuments.ToV2(Documents.Deserialize<DescribeAutoMLJobResponse>(job.Document))
                : Documents.Deserialize<DescribeAutoMLJobV2Response>(job.Document);
        }

        private async Task<EmptyResponse> StopAsync(StopAutoMLJobRequest request, CancellationToken cancellationToken)
        {
            string name = request.AutoMLJobName!;
            JobRecord? job = await _jobs.UpdateAsync(
                name,
                current => current.Status switch
                {
                    AutoMLJobStatus.InProgress => JobTransitions.Stopping(current, JobClock.Now(_clock)),
                    AutoMLJobStatus.Stopping => null,
                    _ => throw SageMakerError.Validation($"The AutoML job {current.Name} cannot be stopped: its status is {current.Status}."),
                },
                cancellationToken);
            if (job == null)
            {
                throw SageMakerError.JobNotFound(name);
            }

            _stopper.Enqueue(job.Name);
            return new EmptyResponse();
        }

        private async Task AddAsync(JobRecord job, List<Tag>? tags, CancellationToken cancellationToken)
        {
            if (!await _jobs.TryAddAsync(job, Documents.Tags(tags), cancellationToken))
            {
                throw SageMakerError.InUse($"An AutoML job named {job.Name} already exists.");
            }
        }

        private async Task<JobRecord> GetAsync(string name, CancellationToken cancellationToken) =>
            await _jobs.GetAsync(name, cancellationToken) ?? throw SageMakerError.JobNotFound(name);
    }
}
