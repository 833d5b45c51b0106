using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.IO;
using System.Linq;
using System.Management.Automation;
using AutopilotTools.Client.Storage;
using AutopilotTools.Mapping;
using AutopilotTools.Model;
using AutopilotTools.Requests;
using AutopilotTools.Resources;
using AutopilotTools.Validation;
using AutopilotTools.Client.Errors;

namespace AutopilotTools.Infrastructure
{
    /// <summary>
    /// What New-AutoMLJobV2 and New-AutoMLJob share. A request is assembled from, in order: -InputObject (a request
    /// document: hashtable, PSCustomObject, JSON text or typed request), then the parameters named like request
    /// members (so a boto3 or CLI request splats unchanged), then the flat tabular parameters. The one validation
    /// core checks the result; nothing is uploaded or sent unless every check passes and ShouldProcess agrees.
    /// Local -TrainingData / -ValidationData are uploaded below the job's output path first, with checksums.
    /// </summary>
    public abstract class CreateJobCmdlet<TRequest> : AutopilotCmdlet
        where TRequest : class, new()
    {
        protected const string RequestSet = "Request";
        protected const string TabularSet = "Tabular";

        private static readonly HashSet<string> MemberNames = new HashSet<string>(
            typeof(TRequest).GetProperties().Where(p => p.GetCustomAttributes(typeof(ApiMemberAttribute), false).Length > 0).Select(p => p.Name),
            StringComparer.OrdinalIgnoreCase);

        /// <summary>A whole request document, like the AWS CLI's --cli-input-json; parameters override its members.</summary>
        [Parameter(ValueFromPipeline = true)]
        [Alias("Request", "CliInputJson")]
        public object? InputObject { get; set; }

        /// <summary>Training data: an s3:// URI, or a local file or folder to upload below the output path.</summary>
        [Parameter(Mandatory = true, ParameterSetName = TabularSet)]
        [ValidateNotNullOrEmpty]
        public string? TrainingData { get; set; }

        /// <summary>Validation data, as -TrainingData; without it Autopilot splits the training data.</summary>
        [Parameter(ParameterSetName = TabularSet)]
        [ValidateNotNullOrEmpty]
        public string? ValidationData { get; set; }

        /// <summary>The column to predict; required unless -InputObject (a request or a described job) names it.</summary>
        [Parameter(ParameterSetName = TabularSet)]
        [ValidateNotNullOrEmpty]
        public string? TargetAttributeName { get; set; }

        /// <summary>BinaryClassification, MulticlassClassification or Regression; Autopilot infers it when absent.</summary>
        [Parameter]
        [ApiEnum(typeof(Model.ProblemType))]
        [ArgumentCompleter(typeof(ProblemTypeCompleter))]
        public string? ProblemType { get; set; }

        /// <summary>
        /// The s3:// path where Autopilot writes its output (and uploaded local data goes); required unless
        /// -InputObject gives it.
        /// </summary>
        [Parameter(ParameterSetName = TabularSet)]
        [ValidateNotNullOrEmpty]
        public string? OutputPath { get; set; }

        [Parameter(ParameterSetName = TabularSet)]
        public int? MaxCandidates { get; set; }

        /// <summary>AUTO, ENSEMBLING or HYPERPARAMETER_TUNING.</summary>
        [Parameter(ParameterSetName = TabularSet)]
        [ApiEnum(typeof(AutoMLMode))]
        [ArgumentCompleter(typeof(AutoMLModeCompleter))]
        public string? Mode { get; set; }

        /// <summary>The objective metric; Autopilot chooses one for the problem type when absent.</summary>
        [Parameter(ParameterSetName = TabularSet)]
        [ApiEnum(typeof(AutoMLMetricEnum))]
        [ArgumentCompleter(typeof(AutoMLMetricCompleter))]
        public string? ObjectiveMetric { get; set; }

        /// <summary>The algorithms to try (ENSEMBLING or HYPERPARAMETER_TUNING mode).</summary>
        [Parameter(ParameterSetName = TabularSet)]
        [ApiEnum(typeof(AutoMLAlgorithm))]
        [ArgumentCompleter(typeof(AutoMLAlgorithmCompleter))]
        public string[]? Algorithm { get; set; }

        /// <summary>The data's content type; text/csv;header=present when absent.</summary>
        [Parameter(ParameterSetName = TabularSet)]
        [ValidateNotNullOrEmpty]
        public string? ContentType { get; set; }

        [Parameter(ParameterSetName = TabularSet)]
        [ValidateNotNullOrEmpty]
        public string? SampleWeightAttributeName { get; set; }

        protected override void ProcessRecord()
        {
            var uploads = new List<(string LocalPath, S3Location Target)>();
            TRequest? request = Assemble(uploads);
            if (request == null)
            {
                return;
            }

            IReadOnlyList<ValidationError> problems = RequestValidator.Validate(request);
            if (problems.Count > 0)
            {
                foreach (ValidationError problem in problems)
                {
                    WriteError(ErrorRecords.InvalidRequest(problem, InputObject ?? request));
                }

                return;
            }

            string jobName = JobNameOf(request) ?? string.Empty;
            if (!ShouldProcess(jobName, ActionDescription))
            {
                return;
            }

            foreach ((string localPath, S3Location target) in uploads)
            {
                try
                {
                    WriteVerbose($"Uploading {localPath} to {target}.");
                    Await(Client.Connection.ClientCache.Uploader(Connection).UploadAsync(localPath, target, null, CancelToken));
                }
                catch (Exception e) when (ServiceFailure.IsServiceFailure(e) || e is FileNotFoundException)
                {
                    WriteError(ErrorRecords.Service($"Uploading {localPath} to {target}", e, localPath));
                    return;
                }
            }

            try
            {
                WriteApiObject(new AutoMLJob(Await(CreateAndDescribeAsync(request))));
            }
            catch (Client.Errors.ResourceInUseException e)
            {
                WriteError(ErrorRecords.Create(e, ErrorIds.AutoMLJobExists, ErrorCategory.ResourceExists, jobName, jobName, Connection.Region));
            }
            catch (Exception e) when (ServiceFailure.IsServiceFailure(e))
            {
                WriteError(ErrorRecords.Service(CreateOperation, e, jobName));
            }
        }

        /// <summary>The create operation's name, for messages.</summary>
        protected abstract string CreateOperation { get; }

        /// <summary>What ShouldProcess says the cmdlet is about to do.</summary>
        protected abstract string ActionDescription { get; }

        protected abstract string? JobNameOf(TRequest request);

        /// <summary>The request's output path, where local data is uploaded when -OutputPath is not given.</summary>
        protected abstract string? OutputPathOf(TRequest request);

        protected abstract void ApplyShortcut(TRequest request, TabularShortcut shortcut);

        /// <summary>Whether flat parameters of a forecasting job were given (only the V2 cmdlet has them).</summary>
        protected virtual bool ForecastingParametersGiven => false;

        /// <summary>
        /// The forecasting flat parameters of the cmdlet (frequency, horizon, columns, …) as a shortcut, or null (errors
        /// added) when they cannot be read; only the V2 cmdlet has them. The shared flat parameters (data, output
        /// path, target, …) are filled in by <see cref="ApplyForecasting"/>.
        /// </summary>
        protected virtual ForecastingShortcut? ForecastingParameters(List<ValidationError> errors) => null;

        /// <summary>Applies a forecasting shortcut to the request; only a V2 request has a place for it.</summary>
        protected virtual void ApplyShortcut(TRequest request, ForecastingShortcut shortcut) =>
            throw new NotSupportedException(typeof(TRequest).Name + " has no time-series forecasting job config.");

        /// <summary>Creates the job, then describes it so the caller gets the whole job to pipe on.</summary>
        protected abstract System.Threading.Tasks.Task<DescribeAutoMLJobV2Response> CreateAndDescribeAsync(TRequest request);

        private TRequest? Assemble(List<(string LocalPath, S3Location Target)> uploads)
        {
            var errors = new List<ValidationError>();
            TRequest request = InputObject == null ? new TRequest() : RequestMapper.Map<TRequest>(DescribedJobs.AsRequestDocument(InputObject, typeof(TRequest))!, errors) ?? new TRequest();

            OrderedDictionary members = BoundMembers();
            if (members.Count > 0 && RequestMapper.Map<TRequest>(members, errors) is TRequest overlay)
            {
                foreach (string name in members.Keys)
                {
                    var property = typeof(TRequest).GetProperty(name)!;
                    property.SetValue(request, property.GetValue(overlay));
                }
            }

            if (ParameterSetName == TabularSet && ForecastingParametersGiven)
            {
                RequireWithoutInputObject(nameof(TargetAttributeName), TargetAttributeName, errors);
                RequireWithoutInputObject(nameof(OutputPath), OutputPath, errors);
                ApplyForecasting(request, uploads, errors);
            }
            else if (ParameterSetName == TabularSet || ProblemType != null)
            {
                RequireWithoutInputObject(nameof(TargetAttributeName), TargetAttributeName, errors);
                RequireWithoutInputObject(nameof(OutputPath), OutputPath, errors);
                TabularShortcut shortcut = Shortcut(JobNameOf(request), OutputPath ?? OutputPathOf(request), uploads, errors);
                ApplyShortcut(request, shortcut);
                if (shortcut.DefaultedObjective != null)
                {
                    WriteVerbose($"-ProblemType {ProblemType} without -ObjectiveMetric: using Autopilot's default objective for it, {shortcut.DefaultedObjective}.");
                }
            }

            foreach (ValidationError error in errors)
            {
                WriteError(ErrorRecords.InvalidRequest(error, InputObject ?? (object)members));
            }

            return errors.Count == 0 ? request : null;
        }

        /// <summary>With -TrainingData alone a flat parameter is required; a request or a job in -InputObject can give it instead.</summary>
        protected void RequireWithoutInputObject(string parameter, string? value, List<ValidationError> errors)
        {
            if (ParameterSetName == TabularSet && InputObject == null && value == null)
            {
                errors.Add(new ValidationError(parameter, null, ValidationRule.Required,
                    $"-{parameter} is required with -TrainingData, unless -InputObject (a request document or a described job) gives it."));
            }
        }

        private void ApplyForecasting(TRequest request, List<(string LocalPath, S3Location Target)> uploads, List<ValidationError> errors)
        {
            if (ProblemType != null)
            {
                errors.Add(new ValidationError(nameof(ProblemType), ProblemType, ValidationRule.CrossField,
                    $"-{nameof(ProblemType)} {ProblemType} is a tabular problem type; a job with -ForecastHorizon is a time-series forecasting job, which has none."));
            }

            foreach ((string parameter, object? value, string why) in new (string, object?, string)[]
            {
                (nameof(ValidationData), ValidationData, "Autopilot holds out the last forecast horizons of the training data as its backtest"),
                (nameof(MaxCandidates), MaxCandidates, "Autopilot trains one candidate for it, from all its forecasting algorithms together"),
                (nameof(Mode), Mode, "the training mode is a tabular setting"),
                (nameof(SampleWeightAttributeName), SampleWeightAttributeName, "sample weights are a tabular setting"),
            })
            {
                if (value != null)
                {
                    errors.Add(new ValidationError(parameter, value, ValidationRule.CrossField,
                        $"-{parameter} is not for a time-series forecasting job (-ForecastHorizon, -ForecastFrequency, ...): {why}."));
                }
            }

            ForecastingShortcut? shortcut = ForecastingParameters(errors);
            if (shortcut == null)
            {
                return;
            }

            CheckBucket(nameof(OutputPath), OutputPath, errors);
            CheckBucket(nameof(TrainingData), TrainingData, errors);
            string? outputPath = OutputPath ?? OutputPathOf(request);
            shortcut.TrainingDataUri = DataUri(TrainingData, "training", JobNameOf(request), outputPath, uploads, errors);
            shortcut.OutputPath = OutputPath;
            shortcut.TargetAttributeName = TargetAttributeName;
            shortcut.ContentType = ContentType;
            shortcut.ObjectiveMetric = ObjectiveMetric;
            shortcut.Algorithms = Algorithm;
            ApplyShortcut(request, shortcut);
        }

        /// <summary>The parameters bound under request member names, with PowerShell conveniences expanded.</summary>
        private OrderedDictionary BoundMembers()
        {
            var members = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
            foreach (KeyValuePair<string, object> bound in MyInvocation.BoundParameters)
            {
                if (MemberNames.Contains(bound.Key))
                {
                    members[bound.Key] = MemberConveniences.Expand(bound.Key, bound.Value);
                }
            }

            return members;
        }

        private TabularShortcut Shortcut(string? jobName, string? outputPath, List<(string LocalPath, S3Location Target)> uploads, List<ValidationError> errors)
        {
            CheckBucket(nameof(OutputPath), OutputPath, errors);
            CheckBucket(nameof(TrainingData), TrainingData, errors);
            CheckBucket(nameof(ValidationData), ValidationData, errors);
            return NewShortcut(jobName, outputPath, uploads, errors);
        }

        /// <summary>
        /// An s3:// path's bucket must be one S3 can have; otherwise S3 (or Autopilot, minutes into the job) would be
        /// the one to refuse it. Checked before any upload or request.
        /// </summary>
        private static void CheckBucket(string parameter, string? path, List<ValidationError> errors)
        {
            if (path == null || !path.StartsWith("s3://", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            string bucket = S3Location.TryParse(path, out S3Location location) ? location.Bucket : string.Empty;
            if (S3BucketNames.Problem(bucket) is string problem)
            {
                errors.Add(new ValidationError(parameter, path, ValidationRule.Pattern,
                    $"-{parameter} '{path}' names the bucket '{bucket}', which S3 does not allow: {problem} ({S3BucketNames.Rule})."));
            }
        }

        private TabularShortcut NewShortcut(string? jobName, string? outputPath, List<(string LocalPath, S3Location Target)> uploads, List<ValidationError> errors) => new TabularShortcut
        {
            TrainingDataUri = DataUri(TrainingData, "training", jobName, outputPath, uploads, errors),
            ValidationDataUri = DataUri(ValidationData, "validation", jobName, outputPath, uploads, errors),
            TargetAttributeName = TargetAttributeName,
            ProblemType = ProblemType,
            OutputPath = OutputPath,
            MaxCandidates = MaxCandidates,
            Mode = Mode,
            ObjectiveMetric = ObjectiveMetric,
            Algorithms = Algorithm,
            ContentType = ContentType,
            SampleWeightAttributeName = SampleWeightAttributeName,
        };

        /// <summary>
        /// An s3:// URI as it is; a local file or folder becomes the place it will be uploaded to, below the output
        /// path: &lt;output&gt;/&lt;job&gt;/input/&lt;channel&gt;/.
        /// </summary>
        private string? DataUri(string? data, string channel, string? jobName, string? outputPath, List<(string LocalPath, S3Location Target)> uploads, List<ValidationError> errors)
        {
            if (data == null || data.StartsWith("s3://", StringComparison.OrdinalIgnoreCase))
            {
                return data;
            }

            string localPath = GetUnresolvedProviderPathFromPSPath(data);
            if (!File.Exists(localPath) && !Directory.Exists(localPath))
            {
                errors.Add(new ValidationError(channel == "training" ? "TrainingData" : "ValidationData", data, ValidationRule.WrongType,
                    $"'{data}' is neither an s3:// URI nor an existing local file or folder."));
                return null;
            }

            if (!S3Location.TryParse(outputPath, out S3Location output))
            {
                errors.Add(new ValidationError("OutputPath", outputPath, ValidationRule.Pattern, $"Local data is uploaded below -OutputPath, which must be an s3:// URI, not '{outputPath}'."));
                return null;
            }

            S3Location target = output.Append((jobName ?? "job") + "/input/" + channel + "/");
            uploads.Add((localPath, target));
            return target.ToString();
        }
    }
}
