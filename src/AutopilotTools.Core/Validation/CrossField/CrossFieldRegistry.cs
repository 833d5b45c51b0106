using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;
using AutopilotTools.Validation.CrossField.Rules;

namespace AutopilotTools.Validation.CrossField
{
    /// <summary>
    /// The cross-field rules of each root request type. A rule is listed for an API when the seeds state it for
    /// that API; rules both APIs share read the request through <see cref="AutoMLJobView"/>.
    /// </summary>
    internal static class CrossFieldRegistry
    {
        private static readonly Dictionary<Type, Func<object, IEnumerable<ValidationError>>> ByRootType = new Dictionary<Type, Func<object, IEnumerable<ValidationError>>>
        {
            [typeof(CreateAutoMLJobV2Request)] = Register<CreateAutoMLJobV2Request>(
                AutoMLJobView.Of,
                new AlgorithmsNeedExplicitMode(),
                new AlgorithmsMatchMode(),
                new SingleCandidateForNonTabular(),
                new ContentColumnDiffersFromTarget(),
                new EndpointNameOnlyWithoutAutoGenerate(),
                new OneChannelPerType(),
                new ValidationNeedsTraining(),
                new ChannelsShareContentType(),
                new ContentTypeFitsProblemType(),
                new S3DataTypeFitsProblemType(),
                new GzipOnlyForTabularS3Prefix(),
                new OutputPathAtMost128(),
                new JobRuntimeCoversTrainingRuntime(),
                new ProblemTypeAndObjectiveTogether(),
                new ObjectiveMetricFitsProblemType(),
                new NoDataSplitForForecasting(),
                new ValidationFractionOpenInterval(),
                new SampleWeightsNeedEnsembling(),
                new TagKeysUnique(),
                new FillingValuesFitMethods(),
                new FillingAndAggregationOnlyForTarget(),
                new ForecastHorizonAtMost500()),

            [typeof(CreateAutoMLJobRequest)] = Register<CreateAutoMLJobRequest>(
                AutoMLJobView.Of,
                new AlgorithmsNeedExplicitMode(),
                new AlgorithmsMatchMode(),
                new EndpointNameOnlyWithoutAutoGenerate(),
                new OneChannelPerType(),
                new ValidationNeedsTraining(),
                new ChannelsShareContentType(),
                new ChannelsShareTargetAttribute(),
                new ContentTypeFitsProblemType(),
                new S3DataTypeFitsProblemType(),
                new OutputPathAtMost128(),
                new JobRuntimeCoversTrainingRuntime(),
                new ObjectiveMetricFitsProblemType(),
                new ValidationFractionOpenInterval(),
                new SampleWeightsNeedEnsembling(),
                new TagKeysUnique()),
        };

        /// <summary>Every cross-field error of <paramref name="request"/>; none for types without rules.</summary>
        public static IEnumerable<ValidationError> Check(object request) =>
            ByRootType.TryGetValue(request.GetType(), out var check) ? check(request) : Enumerable.Empty<ValidationError>();

        private static Func<object, IEnumerable<ValidationError>> Register<TRequest>(Func<TRequest, AutoMLJobView> view, params ICrossFieldRule[] rules)
        {
            return request =>
            {
                AutoMLJobView job = view((TRequest)request);
                return rules.SelectMany(rule => rule.Check(job)).ToList();
            };
        }
    }
}
