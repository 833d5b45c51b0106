using System.Management.Automation;
using System.Threading.Tasks;
using AutopilotTools.Infrastructure;
using AutopilotTools.Model;
using AutopilotTools.Requests;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// Creates a tabular AutoML job with the V1 CreateAutoMLJob API, for scripts and documents written for it (the
    /// AWS CLI's create-auto-ml-job). Every request member is a parameter of the same name; -InputObject takes a
    /// whole document; the flat tabular parameters work as with New-AutoMLJobV2. Writes the created job, described.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "AutoMLJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = RequestSet)]
    [OutputType(typeof(AutoMLJob))]
    public sealed class NewAutoMLJobCommand : CreateJobCmdlet<CreateAutoMLJobRequest>
    {
        [Parameter(Position = 0)]
        [Alias("Name")]
        public string? AutoMLJobName { get; set; }

        /// <summary>The training (and optional validation) channels, each naming its TargetAttributeName.</summary>
        [Parameter(ParameterSetName = RequestSet)]
        public object[]? InputDataConfig { get; set; }

        [Parameter(ParameterSetName = RequestSet)]
        public object? OutputDataConfig { get; set; }

        /// <summary>@{ MetricName = 'F1' }, or just the metric name.</summary>
        [Parameter(ParameterSetName = RequestSet)]
        public object? AutoMLJobObjective { get; set; }

        /// <summary>Completion criteria, security, data split, candidate generation and mode.</summary>
        [Parameter(ParameterSetName = RequestSet)]
        public object? AutoMLJobConfig { get; set; }

        [Parameter]
        public string? RoleArn { get; set; }

        [Parameter]
        public SwitchParameter GenerateCandidateDefinitionsOnly { get; set; }

        /// <summary>Tags: [{Key, Value}] as the API takes them, or a hashtable of names to values.</summary>
        [Parameter]
        public object? Tags { get; set; }

        [Parameter]
        public object? ModelDeployConfig { get; set; }

        protected override string CreateOperation => SageMakerOperations.CreateAutoMLJob;

        protected override string ActionDescription => "Create AutoML job (CreateAutoMLJob)";

        protected override string? JobNameOf(CreateAutoMLJobRequest request) => request.AutoMLJobName;

        protected override string? OutputPathOf(CreateAutoMLJobRequest request) => request.OutputDataConfig?.S3OutputPath;

        protected override void ApplyShortcut(CreateAutoMLJobRequest request, TabularShortcut shortcut) => shortcut.ApplyTo(request);

        protected override async Task<DescribeAutoMLJobV2Response> CreateAndDescribeAsync(CreateAutoMLJobRequest request)
        {
            await SageMaker.CreateAutoMLJobAsync(request, CancelToken).ConfigureAwait(false);
            return await SageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = request.AutoMLJobName }, CancelToken).ConfigureAwait(false);
        }
    }
}
