using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Client.Errors;
using AutopilotTools.Client.Storage;
using AutopilotTools.Catalog;
using AutopilotTools.Identity;
using AutopilotTools.Infrastructure;
using AutopilotTools.Inference;
using AutopilotTools.Invoking;
using AutopilotTools.Model;
using AutopilotTools.Requests;
using AutopilotTools.Resources;
using AutopilotTools.Validation;
using AutopilotTools.Waiting;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// Scores a file, a folder or S3 data with a batch transform job: the model is a candidate's (made from its
    /// inference containers, as Deploy-AutoMLCandidate makes it) or an existing one (a deployment's). Local files
    /// are uploaded first. Waits for the job with progress unless -NoWait, and writes the job, or with -Prediction
    /// the predictions read from its <c>.out</c> objects. Ctrl+C ends the wait; the job runs on unless -StopOnCancel.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "AutoMLBatchTransform", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = CandidateSet)]
    [OutputType(typeof(DescribeTransformJobResponse), typeof(Prediction))]
    public sealed class InvokeAutoMLBatchTransformCommand : AutopilotCmdlet
    {
        private const string CandidateSet = "Candidate";
        private const string ModelSet = "Model";

        private const string DefaultNameStamp = "yyyyMMddHHmmssfff";

        private volatile string? _running;

        /// <summary>A candidate from Get-AutoMLCandidate: a model is made of its inference containers.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = CandidateSet)]
        public AutoMLCandidate? Candidate { get; set; }

        /// <summary>An existing model, e.g. a deployment's from Deploy-AutoMLCandidate (piped, its ModelName binds).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ModelSet)]
        [ValidateNotNullOrEmpty]
        public string? ModelName { get; set; }

        /// <summary>A local file or folder to score; uploaded under -UploadPath first. Give this or -S3Uri.</summary>
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        /// <summary>S3 data to score: a prefix (every object under it), or a manifest file with -S3DataType ManifestFile.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? S3Uri { get; set; }

        [Parameter]
        [ApiEnum(typeof(Model.S3DataType))]
        public string S3DataType { get; set; } = Model.S3DataType.S3Prefix;

        /// <summary>Where the answers go: one <c>&lt;input key&gt;.out</c> object per input object.</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string? OutputPath { get; set; }

        /// <summary>Where local files are uploaded; <c>&lt;OutputPath&gt;/input/&lt;TransformJobName&gt;/</c> when not given.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? UploadPath { get; set; }

        [Parameter(Mandatory = true)]
        [ApiEnum(typeof(TransformInstanceType))]
        public string? InstanceType { get; set; }

        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int InstanceCount { get; set; } = 1;

        [Parameter]
        public string ContentType { get; set; } = "text/csv";

        [Parameter]
        public string Accept { get; set; } = "text/csv";

        /// <summary>Line sends records (lines) in batches; None sends each object whole.</summary>
        [Parameter]
        [ApiEnum(typeof(SplitType))]
        public string SplitType { get; set; } = Model.SplitType.Line;

        [Parameter]
        [ApiEnum(typeof(AssemblyType))]
        public string AssembleWith { get; set; } = AssemblyType.Line;

        [Parameter]
        [ApiEnum(typeof(BatchStrategy))]
        public string? BatchStrategy { get; set; }

        [Parameter]
        [ValidateRange(0, 100)]
        public int? MaxPayloadInMB { get; set; }

        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? MaxConcurrentTransforms { get; set; }

        /// <summary>Environment variables for the model's containers during the transform.</summary>
        [Parameter]
        public Hashtable? Environment { get; set; }

        /// <summary>The job's name; the candidate's or model's name and a timestamp when not given.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? TransformJobName { get; set; }

        /// <summary>The role the candidate's model runs as; the AutoML job's role when absent.</summary>
        [Parameter(ParameterSetName = CandidateSet)]
        public string? ExecutionRoleArn { get; set; }

        /// <summary>CPU or GPU, for V2 candidates that offer containers per processing unit.</summary>
        [Parameter(ParameterSetName = CandidateSet)]
        [ApiEnum(typeof(AutoMLProcessingUnit))]
        public string? ProcessingUnit { get; set; }

        /// <summary>What the candidate's model returns per row: predicted_label, probability, probabilities, labels.</summary>
        [Parameter(ParameterSetName = CandidateSet)]
        [Alias("InferenceResponseKeys")]
        [ValidateSet(InferenceResponseKeys.PredictedLabel, InferenceResponseKeys.Probability, InferenceResponseKeys.Probabilities, InferenceResponseKeys.Labels)]
        public string[]? InferenceResponseKey { get; set; }

        /// <summary>Write the predictions (read from the .out objects) instead of the job.</summary>
        [Parameter]
        public SwitchParameter Prediction { get; set; }

        /// <summary>Return once the job is created, without waiting.</summary>
        [Parameter]
        public SwitchParameter NoWait { get; set; }

        /// <summary>On Ctrl+C, stop the transform job too (by default it runs on).</summary>
        [Parameter]
        public SwitchParameter StopOnCancel { get; set; }

        [Parameter]
        [SecondsTransformation]
        public TimeSpan? Timeout { get; set; }

        [Parameter]
        [SecondsTransformation]
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

        protected override void BeginProcessing()
        {
            if ((Path == null) == (S3Uri == null))
            {
                ThrowTerminatingError(ErrorRecords.Create(new ArgumentException(), ErrorIds.BatchTransformInputMissing, ErrorCategory.InvalidArgument, null));
            }

            if (Prediction && NoWait)
            {
                ThrowTerminatingError(ErrorRecords.Create(new ArgumentException(), ErrorIds.BatchTransformPredictionNeedsWait, ErrorCategory.InvalidArgument, null));
            }
        }

        protected override void ProcessRecord()
        {
            TransformModel? model;
            try
            {
                model = Candidate != null ? CandidateModel(Candidate) : new TransformModel(ModelName!, null);
            }
            catch (Exception e) when (ServiceFailure.IsServiceFailure(e))
            {
                WriteError(ErrorRecords.Service(SageMakerOperations.DescribeAutoMLJobV2, e, Candidate));
                return;
            }

            if (model == null)
            {
                return;
            }

            // Milliseconds in the stamp: a runbook scoring file after file with one model starts several jobs a second.
            string jobName = TransformJobName ?? DeploymentPlan.DefaultName(model.DisplayName, DateTime.UtcNow, DefaultNameStamp);
            string output = OutputPath!.TrimEnd('/') + "/";
            string? upload = Path == null ? null : UploadPath ?? $"{output}input/{jobName}/";
            CreateTransformJobRequest request = Request(jobName, model.Name, upload ?? S3Uri!, output);
            var problems = new List<ValidationError>(RequestValidator.Validate(request));
            if (model.Create != null)
            {
                problems.AddRange(RequestValidator.Validate(model.Create));
            }

            foreach (ValidationError problem in problems)
            {
                WriteError(ErrorRecords.InvalidRequest(problem, jobName));
            }

            string what = $"{(model.Create != null ? $"Create model '{model.Name}' and run" : $"Run model '{model.Name}' in")} a batch transform over {Path ?? S3Uri} into {output} ({InstanceType} x {InstanceCount})";
            if (problems.Count > 0 || !ShouldProcess(jobName, what))
            {
                return;
            }

            try
            {
                if (Path != null && !Upload(Path, upload!))
                {
                    return;
                }

                if (model.Create != null)
                {
                    Await(SageMaker.CreateModelAsync(model.Create, CancelToken));
                    WriteVerbose($"Created model '{model.Name}' from candidate '{model.DisplayName}'; it stays for later runs (delete it with DeleteModel when no longer wanted).");
                }

                Await(SageMaker.CreateTransformJobAsync(request, CancelToken));
            }
            catch (Exception e) when (ServiceFailure.IsServiceFailure(e))
            {
                WriteError(ErrorRecords.Service(SageMakerOperations.CreateTransformJob, e, jobName));
                return;
            }

            _running = jobName;
            DescribeTransformJobResponse? job = NoWait
                ? Await(SageMaker.DescribeTransformJobAsync(new DescribeTransformJobRequest { TransformJobName = jobName }, CancelToken))
                : WaitForEnd(jobName);
            _running = null;
            if (job == null)
            {
                return;
            }

            if (job.TransformJobStatus == TransformJobStatus.Failed || job.TransformJobStatus == TransformJobStatus.Stopped)
            {
                WriteError(ErrorRecords.Create(new InvalidOperationException(job.FailureReason), ErrorIds.BatchTransformFailed, ErrorCategory.InvalidResult, job, jobName, job.TransformJobStatus, job.FailureReason ?? "no reason given"));
                return;
            }

            if (Prediction)
            {
                WritePredictions(job, model);
            }
            else
            {
                WriteApiObject(job);
            }
        }

        /// <summary>Ctrl+C: the wait ends at once; with -StopOnCancel the job is asked to stop as well.</summary>
        protected override void StopProcessing()
        {
            base.StopProcessing();
            string? running = _running;
            if (StopOnCancel && running != null)
            {
                try
                {
                    using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                    Task.Run(() => SageMaker.StopTransformJobAsync(new StopTransformJobRequest { TransformJobName = running }, limit.Token)).Wait(limit.Token);
                }
                catch (Exception)
                {
                    // Nothing can be written while the pipeline stops; the job's status tells whether the stop was taken.
                }
            }
        }

        private CreateTransformJobRequest Request(string jobName, string modelName, string input, string output) => new CreateTransformJobRequest
        {
            TransformJobName = jobName,
            ModelName = modelName,
            MaxConcurrentTransforms = MaxConcurrentTransforms,
            MaxPayloadInMB = MaxPayloadInMB,
            BatchStrategy = BatchStrategy,
            Environment = Environment?.Cast<DictionaryEntry>().ToDictionary(e => e.Key.ToString()!, e => PSObjects.Unwrap(e.Value)?.ToString() ?? string.Empty),
            TransformInput = new TransformInput
            {
                DataSource = new TransformDataSource { S3DataSource = new TransformS3DataSource { S3DataType = Path != null ? Model.S3DataType.S3Prefix : S3DataType, S3Uri = input } },
                ContentType = ContentType,
                SplitType = SplitType,
            },
            TransformOutput = new TransformOutput { S3OutputPath = output, Accept = Accept, AssembleWith = AssembleWith },
            TransformResources = new TransformResources { InstanceType = InstanceType, InstanceCount = InstanceCount },
        };

        /// <summary>The model a candidate runs as, as Deploy-AutoMLCandidate makes it; null (error written) when it cannot be made.</summary>
        private TransformModel? CandidateModel(AutoMLCandidate candidate)
        {
            string? role = ExecutionRoleArn;
            if (role == null)
            {
                string jobName = new AutoMLJobIdentity(candidate).Name;
                role = Await(SageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = jobName }, CancelToken)).RoleArn;
            }

            string name = candidate.CandidateName ?? "candidate";
            try
            {
                var options = new DeploymentOptions
                {
                    ExecutionRoleArn = role,
                    ProcessingUnit = ProcessingUnit,
                    InferenceResponseKeys = InferenceResponseKey,
                    ModelName = TransformJobName ?? DeploymentPlan.DefaultName(name, DateTime.UtcNow, DefaultNameStamp),
                };
                DeploymentPlan plan = DeploymentPlan.For(candidate, options, DateTime.UtcNow);
                return new TransformModel(plan.Model.ModelName!, plan.Model) { DisplayName = name };
            }
            catch (ArgumentException e)
            {
                WriteError(ErrorRecords.Create(e, ErrorIds.CannotDeployCandidate, ErrorCategory.InvalidArgument, candidate.CandidateName, name, e.Message));
                return null;
            }
        }

        private bool Upload(string path, string target)
        {
            string local = GetUnresolvedProviderPathFromPSPath(path);
            if (!S3Location.TryParse(target, out S3Location location))
            {
                WriteError(ErrorRecords.Create(new ArgumentException(target), ErrorIds.BatchTransformInputMissing, ErrorCategory.InvalidArgument, target));
                return false;
            }

            try
            {
                WriteVerbose($"Uploading {local} to {location}.");
                Await(Client.Connection.ClientCache.Uploader(Connection).UploadAsync(local, location, null, CancelToken));
                return true;
            }
            catch (Exception e) when (ServiceFailure.IsServiceFailure(e) || e is System.IO.FileNotFoundException)
            {
                WriteError(ErrorRecords.Service($"Uploading {local} to {location}", e, path));
                return false;
            }
        }

        /// <summary>Follows the job with progress until it ends; null (error written) when the wait times out.</summary>
        private DescribeTransformJobResponse? WaitForEnd(string jobName)
        {
            string activity = "Batch transform " + jobName;
            string hint = StopOnCancel ? "Ctrl+C stops the job" : "Ctrl+C stops waiting; the job runs on (-StopOnCancel stops it too)";
            IEnumerable<PollEvent<DescribeTransformJobResponse>> polls = new StatusPoller(PollCall, Pause).Poll(
                () => SageMaker.DescribeTransformJobAsync(new DescribeTransformJobRequest { TransformJobName = jobName }),
                job => job.TransformJobStatus,
                new[] { TransformJobStatus.InProgress, TransformJobStatus.Stopping },
                TransformJobStatus.InProgress,
                PollInterval,
                Timeout);
            foreach (PollEvent<DescribeTransformJobResponse> e in polls)
            {
                switch (e)
                {
                    case PollEvent<DescribeTransformJobResponse>.Progress progress:
                        WriteProgress(new ProgressRecord(1, activity, $"{progress.Status}, {Display.Duration(progress.Elapsed)}") { CurrentOperation = hint });
                        break;
                    case PollEvent<DescribeTransformJobResponse>.Ended ended:
                        WriteProgress(new ProgressRecord(1, activity, ended.Status) { RecordType = ProgressRecordType.Completed });
                        return ended.Resource;
                    case PollEvent<DescribeTransformJobResponse>.TimedOut timedOut:
                        string reason = $"the transform job was still {timedOut.Status} after {timedOut.Timeout}; it keeps running";
                        WriteProgress(new ProgressRecord(1, activity, reason) { RecordType = ProgressRecordType.Completed });
                        WriteError(ErrorRecords.Create(new TimeoutException(reason), ErrorIds.BatchTransformTimedOut, ErrorCategory.OperationTimeout, jobName, jobName, reason));
                        return null;
                }
            }

            return null;
        }

        /// <summary>The predictions of every .out object, read as Invoke-AutoMLEndpoint reads an endpoint's answers.</summary>
        private void WritePredictions(DescribeTransformJobResponse job, TransformModel model)
        {
            TransformOutputs outputs = Client.Connection.ClientCache.TransformOutputs(Connection);
            IReadOnlyList<string>? keys = InferenceResponseKey;
            if (keys == null && !Accept.Contains("json"))
            {
                keys = Await(EndpointModelFacts.OfModelAsync(SageMaker, model.Name, CancelToken)).ResponseKeys;
            }

            try
            {
                IReadOnlyList<S3Location> locations = Await(outputs.LocateAsync(job, CancelToken));
                IReadOnlyList<string>? rows = locations.Count == 1 ? LocalRows() : null;
                foreach (S3Location location in locations)
                {
                    WriteVerbose($"Reading predictions from {location}.");
                    (string text, string? contentType) = Await(outputs.ReadAsync(location, CancelToken));
                    List<Prediction> predictions = PredictionReader.Read(text, contentType ?? Accept, keys);
                    for (int i = 0; i < predictions.Count; i++)
                    {
                        // Each answer beside the row it answers, as Invoke-AutoMLEndpoint pairs them, when that is certain.
                        predictions[i].Input = rows != null && rows.Count == predictions.Count ? rows[i] : null;
                        WriteObject(predictions[i]);
                    }
                }
            }
            catch (Exception e) when (ServiceFailure.IsServiceFailure(e))
            {
                WriteError(ErrorRecords.Service("Reading the transform's output", e, job));
            }
        }

        /// <summary>The records of a local file scored line by line (SageMaker skips empty lines); null otherwise.</summary>
        private IReadOnlyList<string>? LocalRows()
        {
            string? local = Path == null ? null : GetUnresolvedProviderPathFromPSPath(Path);
            return local != null && SplitType == Model.SplitType.Line && System.IO.File.Exists(local)
                ? System.IO.File.ReadAllLines(local).Where(line => line.Length > 0).ToList()
                : null;
        }

        /// <summary>The model a transform runs: its name, and the request that makes it when it is a candidate's.</summary>
        private sealed class TransformModel
        {
            public TransformModel(string name, CreateModelInput? create)
            {
                Name = name;
                Create = create;
                DisplayName = name;
            }

            public string Name { get; }

            public CreateModelInput? Create { get; }

            public string DisplayName { get; set; }
        }
    }
}
