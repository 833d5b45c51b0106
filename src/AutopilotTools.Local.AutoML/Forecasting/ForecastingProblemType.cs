using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Catalog;
using AutopilotTools.Local.AutoML.Forecasting.Inference;
using AutopilotTools.Local.AutoML.Forecasting.Training;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Forecasting
{
    /// <summary>
    /// Time-series forecasting jobs (<c>TimeSeriesForecastingJobConfig</c>): CSV with a header in; one candidate out,
    /// the ensemble of local stand-ins for Autopilot's six forecasters weighted on a backtest of the last horizon.
    /// </summary>
    public sealed class ForecastingProblemType : IProblemType
    {
        /// <inheritdoc />
        public string ConfigName => AutoMLProblemTypeConfigName.TimeSeriesForecasting;

        /// <inheritdoc />
        public IReadOnlyList<string> Check(DescribeAutoMLJobV2Response request)
        {
            TimeSeriesForecastingJobConfig? config = request.AutoMLProblemTypeConfig?.TimeSeriesForecastingJobConfig;
            if (config == null)
            {
                return new[] { "The job has no TimeSeriesForecastingJobConfig." };
            }

            var unsupported = new List<string>();
            if (config.HolidayConfig is { Count: > 0 })
            {
                unsupported.Add("HolidayConfig (the local server has no national holiday calendars offline; give holidays as a covariate column instead)");
            }

            if (config.FeatureSpecificationS3Uri != null)
            {
                unsupported.Add("FeatureSpecificationS3Uri (the local server uses every column of the data as a covariate)");
            }

            if (HasValidationChannel(request))
            {
                unsupported.Add("a validation channel (forecasting backtests on the last horizon of the training data)");
            }

            unsupported.AddRange(TrainingChannels.CsvOnly(request));
            var problems = new List<string>(TrainingChannels.Unsupported(unsupported));
            problems.AddRange(ForecastSpec.Problems(config));
            string metric = ForecastingJob.ObjectiveOf(request);
            if (!System.Linq.Enumerable.Contains(ObjectiveMetrics.StandardFor(ConfigName), metric))
            {
                problems.Add($"The objective metric {metric} is not a forecasting metric; use one of {string.Join(", ", ObjectiveMetrics.StandardFor(ConfigName))}.");
            }

            return problems;
        }

        /// <inheritdoc />
        public async Task<TrainingOutcome> TrainAsync(JobInput input, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
        {
            // Out of time (not stopped), the job ends MaxAutoMLJobRuntimeReached without its one candidate.
            using var limit = new RuntimeLimit(input.Request, input.Clock, cancellationToken);
            try
            {
                return await Task.Run(() => Unwrapped(() => new ForecastingJob(input, progress).Run(limit.Token)), limit.Token);
            }
            catch (OperationCanceledException) when (limit.Reached && !cancellationToken.IsCancellationRequested)
            {
                return limit.OutOfTime(ConfigName, input.Request.AutoMLJobObjective?.MetricName ?? AutoMLMetricEnum.AverageWeightedQuantileLoss, input.OutputDirectory, null);
            }
        }

        /// <summary>The job's own exception rather than the AggregateException its parallel loops wrap it in.</summary>
        private static T Unwrapped<T>(Func<T> run)
        {
            try
            {
                return run();
            }
            catch (AggregateException error) when (error.InnerExceptions.Count > 0)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error.Flatten().InnerExceptions[0]).Throw();
                throw;
            }
        }

        /// <inheritdoc />
        public IReadOnlyDictionary<string, string> InferenceEnvironment(ResolvedObjective objective) => new Dictionary<string, string>
        {
            // Forecasting containers answer their quantiles only: no response keys to choose.
            [ContainerEnvironment.DefaultAccept] = "text/csv",
        };

        /// <inheritdoc />
        public AutoMLProblemTypeResolvedAttributes? ResolvedAttributes(TrainingOutcome outcome) => null;

        /// <inheritdoc />
        public IEndpointModel LoadModel(string modelDirectory, IReadOnlyDictionary<string, string> environment) =>
            ForecastEndpointModel.Load(modelDirectory, environment);

        private static bool HasValidationChannel(DescribeAutoMLJobV2Response request) =>
            request.AutoMLJobInputDataConfig?.Exists(c => c.ChannelType == AutoMLChannelType.Validation) == true;
    }
}
