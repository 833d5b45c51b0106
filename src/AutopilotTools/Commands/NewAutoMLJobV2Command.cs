using System.Management.Automation;
using System.Threading.Tasks;
using AutopilotTools.Infrastructure;
using AutopilotTools.Model;
using AutopilotTools.Requests;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// Creates an AutoML job with CreateAutoMLJobV2, for every problem type. Every request member is a parameter of
    /// the same name, so a boto3 or CLI request splats unchanged (New-AutoMLJobV2 @request); a whole document goes
    /// in -InputObject; the common tabular job also takes flat parameters (-TrainingData, -TargetAttributeName, …).
    /// Writes the created job, described.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "AutoMLJobV2", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = RequestSet)]
    [OutputType(typeof(AutoMLJob))]
    public sealed class NewAutoMLJobV2Command : CreateJobCmdlet<CreateAutoMLJobV2Request>
    {
        [Parameter(Position = 0)]
        [Alias("Name")]
        public string? AutoMLJobName { get; set; }

        /// <summary>The training (and optional validation) channels.</summary>
        [Parameter(ParameterSetName = RequestSet)]
        public object[]? AutoMLJobInputDataConfig { get; set; }

        [Parameter(ParameterSetName = RequestSet)]
        public object? OutputDataConfig { get; set; }

        /// <summary>Exactly one of TabularJobConfig, TimeSeriesForecastingJobConfig, ImageClassificationJobConfig, TextClassificationJobConfig, TextGenerationJobConfig.</summary>
        [Parameter(ParameterSetName = RequestSet)]
        public object? AutoMLProblemTypeConfig { get; set; }

        /// <summary>The IAM role Autopilot runs as.</summary>
        [Parameter]
        public string? RoleArn { get; set; }

        /// <summary>Tags: [{Key, Value}] as the API takes them, or a hashtable of names to values.</summary>
        [Parameter]
        public object? Tags { get; set; }

        [Parameter]
        public object? SecurityConfig { get; set; }

        /// <summary>@{ MetricName = 'F1' }, or just the metric name.</summary>
        [Parameter(ParameterSetName = RequestSet)]
        public object? AutoMLJobObjective { get; set; }

        [Parameter]
        public object? ModelDeployConfig { get; set; }

        [Parameter]
        public object? DataSplitConfig { get; set; }

        [Parameter]
        public object? AutoMLComputeConfig { get; set; }

        protected override string CreateOperation => SageMakerOperations.CreateAutoMLJobV2;

        protected override string ActionDescription => "Create AutoML job (CreateAutoMLJobV2)";

        protected override string? JobNameOf(CreateAutoMLJobV2Request request) => request.AutoMLJobName;

        protected override string? OutputPathOf(CreateAutoMLJobV2Request request) => request.OutputDataConfig?.S3OutputPath;

        protected override void ApplyShortcut(CreateAutoMLJobV2Request request, TabularShortcut shortcut) => shortcut.ApplyTo(request);

        protected override async Task<DescribeAutoMLJobV2Response> CreateAndDescribeAsync(CreateAutoMLJobV2Request request)
        {
            await SageMaker.CreateAutoMLJobV2Async(request, CancelToken).ConfigureAwait(false);
            return await SageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = request.AutoMLJobName }, CancelToken).ConfigureAwait(false);
        }
    }
}
