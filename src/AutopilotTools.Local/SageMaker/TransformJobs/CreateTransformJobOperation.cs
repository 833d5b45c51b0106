using System;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Jobs;
using AutopilotTools.Local.S3;
using AutopilotTools.Local.SageMaker.Jobs;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.TransformJobs
{
    /// <summary>
    /// CreateTransformJob: answers at once with the job InProgress and queues it for the transform worker. What the
    /// local server cannot do is refused here, before anything runs: input split other than by Line or None,
    /// compressed input, augmented manifests, data processing filters and joins, data capture.
    /// </summary>
    internal sealed class CreateTransformJobOperation
    {
        private readonly ITransformJobStore _jobs;
        private readonly IResourceStore _models;
        private readonly TransformWorker _worker;
        private readonly string _region;
        private readonly TimeProvider _clock;

        public CreateTransformJobOperation(ITransformJobStore jobs, IResourceStore models, TransformWorker worker, string region, TimeProvider clock)
        {
            _jobs = jobs;
            _models = models;
            _worker = worker;
            _region = region;
            _clock = clock;
        }

        public SageMakerOperation Operation() =>
            SageMakerOperation.Create<CreateTransformJobRequest, CreateTransformJobResponse>(SageMakerOperations.CreateTransformJob, CreateAsync);

        private async Task<CreateTransformJobResponse> CreateAsync(CreateTransformJobRequest request, CancellationToken cancellationToken)
        {
            CheckRunnable(request);
            if (await _models.GetAsync(request.ModelName!, cancellationToken) == null)
            {
                throw SageMakerError.CouldNotFind("model", Arns.Model(_region, request.ModelName!));
            }

            string name = request.TransformJobName!;
            string arn = Arns.TransformJob(_region, name);
            DateTime now = JobClock.Now(_clock);
            DescribeTransformJobResponse described = TransformJobDocuments.FromCreate(request, arn, now);
            var job = new TransformJobRecord(name, arn, TransformJobStatus.InProgress, now, now, Documents.Serialize(described));
            if (!await _jobs.TryAddAsync(job, Documents.Tags(request.Tags), cancellationToken))
            {
                throw SageMakerError.InUse($"Job with name {name} already exists.");
            }

            _worker.Enqueue(name);
            return new CreateTransformJobResponse { TransformJobArn = arn };
        }

        /// <summary>What the shape cannot say, and what the local server does not do.</summary>
        private static void CheckRunnable(CreateTransformJobRequest request)
        {
            TransformInput input = request.TransformInput!;
            TransformS3DataSource source = input.DataSource!.S3DataSource!;
            if (source.S3DataType != S3DataType.S3Prefix && source.S3DataType != S3DataType.ManifestFile)
            {
                throw SageMakerError.Validation($"The local server reads transform input of S3DataType S3Prefix or ManifestFile, not {source.S3DataType}.");
            }

            if (S3Location.TryParse(source.S3Uri) == null)
            {
                throw SageMakerError.Validation($"TransformInput.DataSource.S3DataSource.S3Uri must be an s3:// URI of the local server's store, not '{source.S3Uri}'.");
            }

            if (S3Location.TryParse(request.TransformOutput!.S3OutputPath) == null)
            {
                throw SageMakerError.Validation($"TransformOutput.S3OutputPath must be an s3:// URI of the local server's store, not '{request.TransformOutput.S3OutputPath}'.");
            }

            string split = input.SplitType ?? SplitType.None;
            if (split != SplitType.None && split != SplitType.Line)
            {
                throw SageMakerError.Validation($"The local server splits transform input by Line or not at all (None), not by {split}.");
            }

            if (input.CompressionType != null && input.CompressionType != CompressionType.None)
            {
                throw SageMakerError.Validation($"The local server reads uncompressed transform input only, not CompressionType {input.CompressionType}.");
            }

            DataProcessing? processing = request.DataProcessing;
            if (processing != null && (!IsWhole(processing.InputFilter) || !IsWhole(processing.OutputFilter) || (processing.JoinSource != null && processing.JoinSource != JoinSource.None)))
            {
                throw SageMakerError.Validation("The local server does not filter or join transform data: remove DataProcessing's InputFilter, OutputFilter and JoinSource.");
            }

            if (request.DataCaptureConfig != null)
            {
                throw SageMakerError.Validation("The local server does not capture transform data: remove DataCaptureConfig.");
            }
        }

        /// <summary>No filter, or <c>$</c>, the JSONPath of the whole record: both leave the data as it is.</summary>
        private static bool IsWhole(string? filter) => filter == null || filter == "$";
    }
}
