using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using AutopilotTools.Infrastructure;
using AutopilotTools.Mapping;
using AutopilotTools.Model;
using AutopilotTools.Requests;
using AutopilotTools.Validation;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// Creates an AutoML job with CreateAutoMLJobV2, for every problem type. Every request member is a parameter of
    /// the same name, so a boto3 or CLI request splats unchanged (New-AutoMLJobV2 @request); a whole document goes
    /// in -InputObject; the common tabular job also takes flat parameters (-TrainingData, -TargetAttributeName, …),
    /// and so does the common forecasting job (-ForecastFrequency, -ForecastHorizon, -TimestampAttributeName,
    /// -ItemIdentifierAttributeName, …). Writes the created job, described.
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

        /// <summary>How often the forecast steps: D (daily), W, M, Y, H, 15min, 2D, … (the API's ForecastFrequency).</summary>
        [Parameter(ParameterSetName = TabularSet)]
        [ArgumentCompleter(typeof(ForecastFrequencyCompleter))]
        [Alias("Frequency")]
        public string? ForecastFrequency { get; set; }

        /// <summary>How many time-steps to forecast (at most 500, and at most a quarter of the series).</summary>
        [Parameter(ParameterSetName = TabularSet)]
        [Alias("Horizon")]
        public int? ForecastHorizon { get; set; }

        /// <summary>The quantiles to forecast, p1 … p99 (up to five); p10, p50 and p90 when absent.</summary>
        [Parameter(ParameterSetName = TabularSet)]
        [Alias("ForecastQuantiles", "Quantile")]
        public string[]? ForecastQuantile { get; set; }

        /// <summary>The timestamp column; required unless -InputObject names it.</summary>
        [Parameter(ParameterSetName = TabularSet)]
        [ValidateNotNullOrEmpty]
        public string? TimestampAttributeName { get; set; }

        /// <summary>The item identifier column (which series a row belongs to); required unless -InputObject names it.</summary>
        [Parameter(ParameterSetName = TabularSet)]
        [ValidateNotNullOrEmpty]
        public string? ItemIdentifierAttributeName { get; set; }

        /// <summary>Up to five columns that group items (a store, a region), forecast per group as well.</summary>
        [Parameter(ParameterSetName = TabularSet)]
        [Alias("GroupingAttributeNames")]
        public string[]? GroupingAttributeName { get; set; }

        /// <summary>How to fill gaps, per column: @{ demand = @{ middlefill = 'zero'; backfill = 'zero' } } (Transformations.Filling).</summary>
        [Parameter(ParameterSetName = TabularSet)]
        public IDictionary? Filling { get; set; }

        /// <summary>How to aggregate rows within a time-step, per column: @{ demand = 'sum' } (Transformations.Aggregation).</summary>
        [Parameter(ParameterSetName = TabularSet)]
        public IDictionary? Aggregation { get; set; }

        /// <summary>A two-letter country code whose public holidays become features (HolidayConfig).</summary>
        [Parameter(ParameterSetName = TabularSet)]
        public string? HolidayCountryCode { get; set; }

        protected override string CreateOperation => SageMakerOperations.CreateAutoMLJobV2;

        protected override string ActionDescription => "Create AutoML job (CreateAutoMLJobV2)";

        protected override string? JobNameOf(CreateAutoMLJobV2Request request) => request.AutoMLJobName;

        protected override string? OutputPathOf(CreateAutoMLJobV2Request request) => request.OutputDataConfig?.S3OutputPath;

        protected override void ApplyShortcut(CreateAutoMLJobV2Request request, TabularShortcut shortcut) => shortcut.ApplyTo(request);

        protected override void ApplyShortcut(CreateAutoMLJobV2Request request, ForecastingShortcut shortcut) => shortcut.ApplyTo(request);

        /// <summary>
        /// The forecasting parameters share the flat set with the tabular ones (one set, so that PowerShell never has
        /// two flat sets to choose between, or to prompt for); any of them makes the job a forecasting job.
        /// </summary>
        protected override bool ForecastingParametersGiven =>
            ForecastingParameterNames.Any(MyInvocation.BoundParameters.ContainsKey);

        protected override ForecastingShortcut? ForecastingParameters(List<ValidationError> errors)
        {
            RequireWithoutInputObject(nameof(ForecastFrequency), ForecastFrequency, errors);
            RequireWithoutInputObject(nameof(ForecastHorizon), ForecastHorizon?.ToString(System.Globalization.CultureInfo.InvariantCulture), errors);
            RequireWithoutInputObject(nameof(TimestampAttributeName), TimestampAttributeName, errors);
            RequireWithoutInputObject(nameof(ItemIdentifierAttributeName), ItemIdentifierAttributeName, errors);
            TimeSeriesTransformations? transformations = Transformations(errors);
            if (transformations == null)
            {
                return null;
            }

            return new ForecastingShortcut
            {
                ForecastFrequency = ForecastFrequency,
                ForecastHorizon = ForecastHorizon,
                ForecastQuantiles = ForecastQuantile,
                TimestampAttributeName = TimestampAttributeName,
                ItemIdentifierAttributeName = ItemIdentifierAttributeName,
                GroupingAttributeNames = GroupingAttributeName,
                Filling = transformations.Filling,
                Aggregation = transformations.Aggregation,
                HolidayCountryCode = HolidayCountryCode,
            };
        }

        private static readonly string[] ForecastingParameterNames =
        {
            nameof(ForecastFrequency), nameof(ForecastHorizon), nameof(ForecastQuantile), nameof(TimestampAttributeName),
            nameof(ItemIdentifierAttributeName), nameof(GroupingAttributeName), nameof(Filling), nameof(Aggregation), nameof(HolidayCountryCode),
        };

        /// <summary>
        /// -Filling and -Aggregation read by the request mapper at their place in the request, so a value of the wrong
        /// shape is reported under its full path like any member; null when they cannot be read.
        /// </summary>
        private TimeSeriesTransformations? Transformations(List<ValidationError> errors)
        {
            if (Filling == null && Aggregation == null)
            {
                return new TimeSeriesTransformations();
            }

            var transformations = new Hashtable();
            if (Filling != null)
            {
                transformations[nameof(TimeSeriesTransformations.Filling)] = Filling;
            }

            if (Aggregation != null)
            {
                transformations[nameof(TimeSeriesTransformations.Aggregation)] = Aggregation;
            }

            var document = new Hashtable
            {
                [nameof(CreateAutoMLJobV2Request.AutoMLProblemTypeConfig)] = new Hashtable
                {
                    [nameof(Model.AutoMLProblemTypeConfig.TimeSeriesForecastingJobConfig)] = new Hashtable { [nameof(TimeSeriesForecastingJobConfig.Transformations)] = transformations },
                },
            };
            int before = errors.Count;
            CreateAutoMLJobV2Request? mapped = RequestMapper.Map<CreateAutoMLJobV2Request>(document, errors);
            return errors.Count > before ? null : mapped?.AutoMLProblemTypeConfig?.TimeSeriesForecastingJobConfig?.Transformations ?? new TimeSeriesTransformations();
        }

        protected override async Task<DescribeAutoMLJobV2Response> CreateAndDescribeAsync(CreateAutoMLJobV2Request request)
        {
            await SageMaker.CreateAutoMLJobV2Async(request, CancelToken).ConfigureAwait(false);
            return await SageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = request.AutoMLJobName }, CancelToken).ConfigureAwait(false);
        }
    }
}
