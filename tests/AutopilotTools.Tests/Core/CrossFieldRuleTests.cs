using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;
using AutopilotTools.Validation;
using Xunit;

namespace AutopilotTools.Tests.Core
{
    /// <summary>
    /// Each cross-field rule with a request it accepts and one it refuses (at the path it names). Cases are listed by
    /// name so that a failure says which; every valid case must have no error at all, every invalid case exactly one.
    /// </summary>
    public sealed class CrossFieldRuleTests
    {
        private const string Tabular = "AutoMLProblemTypeConfig.TabularJobConfig";
        private const string Forecasting = "AutoMLProblemTypeConfig.TimeSeriesForecastingJobConfig";

        private static readonly Dictionary<string, (Func<object> Build, string? Path)> Cases = new Dictionary<string, (Func<object>, string?)>
        {
            ["AlgorithmsNeedExplicitMode: ENSEMBLING with algorithms"] = (() => WithAlgorithms(AutoMLMode.ENSEMBLING, AutoMLAlgorithm.Xgboost), null),
            ["AlgorithmsNeedExplicitMode: no mode with algorithms"] = (() => WithAlgorithms(null, AutoMLAlgorithm.Xgboost), Tabular + ".CandidateGenerationConfig.AlgorithmsConfig"),
            ["AlgorithmsNeedExplicitMode: V1 AUTO with algorithms"] = (() => V1WithAlgorithms(AutoMLMode.AUTO, AutoMLAlgorithm.Xgboost), "AutoMLJobConfig.CandidateGenerationConfig.AlgorithmsConfig"),
            ["AlgorithmsMatchMode: mlp in HPO"] = (() => WithAlgorithms(AutoMLMode.HYPERPARAMETERTUNING, AutoMLAlgorithm.Mlp), null),
            ["AlgorithmsMatchMode: catboost in HPO"] = (() => WithAlgorithms(AutoMLMode.HYPERPARAMETERTUNING, AutoMLAlgorithm.Mlp, AutoMLAlgorithm.Catboost), Tabular + ".CandidateGenerationConfig.AlgorithmsConfig[0].AutoMLAlgorithms[1]"),
            ["AlgorithmsMatchMode: V1 mlp in ENSEMBLING"] = (() => V1WithAlgorithms(AutoMLMode.ENSEMBLING, AutoMLAlgorithm.Mlp), "AutoMLJobConfig.CandidateGenerationConfig.AlgorithmsConfig[0].AutoMLAlgorithms[0]"),

            ["SingleCandidateForNonTabular: image with 1"] = (() => ImageWithCandidates(1), null),
            ["SingleCandidateForNonTabular: tabular with 750"] = (() => Change(ValidRequests.Tabular(), r => r.AutoMLProblemTypeConfig!.TabularJobConfig!.CompletionCriteria = new AutoMLJobCompletionCriteria { MaxCandidates = 750 }), null),
            ["SingleCandidateForNonTabular: image with 2"] = (() => ImageWithCandidates(2), "AutoMLProblemTypeConfig.ImageClassificationJobConfig.CompletionCriteria.MaxCandidates"),

            ["ContentColumnDiffersFromTarget: two columns"] = (() => ValidRequests.TextClassification(), null),
            ["ContentColumnDiffersFromTarget: one column twice"] = (() => Change(ValidRequests.TextClassification(), r => r.AutoMLProblemTypeConfig!.TextClassificationJobConfig!.ContentColumn = "sentiment"), "AutoMLProblemTypeConfig.TextClassificationJobConfig.ContentColumn"),

            ["EndpointNameOnlyWithoutAutoGenerate: generated name"] = (() => WithDeploy(true, null), null),
            ["EndpointNameOnlyWithoutAutoGenerate: given name"] = (() => WithDeploy(null, "churn-endpoint"), null),
            ["EndpointNameOnlyWithoutAutoGenerate: both"] = (() => WithDeploy(true, "churn-endpoint"), "ModelDeployConfig.EndpointName"),
            ["EndpointNameOnlyWithoutAutoGenerate: neither"] = (() => WithDeploy(false, null), "ModelDeployConfig.EndpointName"),

            ["OneChannelPerType: training and validation"] = (() => WithChannels(AutoMLChannelType.Training, AutoMLChannelType.Validation), null),
            ["OneChannelPerType: two untyped channels are two training channels"] = (() => WithChannels(null, null), "AutoMLJobInputDataConfig[1].ChannelType"),
            ["ValidationNeedsTraining: validation beside training"] = (() => WithChannels(AutoMLChannelType.Validation, AutoMLChannelType.Training), null),
            ["ValidationNeedsTraining: validation alone"] = (() => WithChannels(AutoMLChannelType.Validation), "AutoMLJobInputDataConfig[0].ChannelType"),

            ["ChannelsShareContentType: default and explicit CSV"] = (() => Change(WithChannels(null, AutoMLChannelType.Validation), r => r.AutoMLJobInputDataConfig![1].ContentType = "text/csv;header=present"), null),
            ["ChannelsShareContentType: CSV and Parquet"] = (() => Change(WithChannels(null, AutoMLChannelType.Validation), r => r.AutoMLJobInputDataConfig![1].ContentType = "x-application/vnd.amazon+parquet"), "AutoMLJobInputDataConfig[1].ContentType"),
            ["ChannelsShareTargetAttribute: V1 same target"] = (() => V1WithValidationTarget("churn"), null),
            ["ChannelsShareTargetAttribute: V1 other target"] = (() => V1WithValidationTarget("label"), "InputDataConfig[1].TargetAttributeName"),

            ["ContentTypeFitsProblemType: PNG images"] = (() => Change(ValidRequests.ImageClassification(), r => r.AutoMLJobInputDataConfig![0].ContentType = "image/png"), null),
            ["ContentTypeFitsProblemType: CSV images"] = (() => Change(ValidRequests.ImageClassification(), r => r.AutoMLJobInputDataConfig![0].ContentType = "text/csv;header=present"), "AutoMLJobInputDataConfig[0].ContentType"),
            ["ContentTypeFitsProblemType: V1 JSON"] = (() => Change(ValidRequests.V1(), r => r.InputDataConfig![0].ContentType = "application/json"), "InputDataConfig[0].ContentType"),

            ["S3DataTypeFitsProblemType: augmented manifest for images"] = (() => Change(ValidRequests.ImageClassification(), r => r.AutoMLJobInputDataConfig![0].DataSource = ValidRequests.S3(AutoMLS3DataType.AugmentedManifestFile)), null),
            ["S3DataTypeFitsProblemType: manifest for text"] = (() => Change(ValidRequests.TextClassification(), r => r.AutoMLJobInputDataConfig![0].DataSource = ValidRequests.S3(AutoMLS3DataType.ManifestFile)), "AutoMLJobInputDataConfig[0].DataSource.S3DataSource.S3DataType"),
            ["S3DataTypeFitsProblemType: V1 augmented manifest"] = (() => Change(ValidRequests.V1(), r => r.InputDataConfig![0].DataSource = ValidRequests.S3(AutoMLS3DataType.AugmentedManifestFile)), "InputDataConfig[0].DataSource.S3DataSource.S3DataType"),

            ["GzipOnlyForTabularS3Prefix: tabular prefix"] = (() => WithGzip(ValidRequests.Tabular(), AutoMLS3DataType.S3Prefix), null),
            ["GzipOnlyForTabularS3Prefix: tabular manifest"] = (() => WithGzip(ValidRequests.Tabular(), AutoMLS3DataType.ManifestFile), "AutoMLJobInputDataConfig[0].CompressionType"),
            ["GzipOnlyForTabularS3Prefix: forecasting prefix"] = (() => WithGzip(ValidRequests.TimeSeries(), AutoMLS3DataType.S3Prefix), "AutoMLJobInputDataConfig[0].CompressionType"),

            ["OutputPathAtMost128: 128 characters"] = (() => WithOutputPath(128), null),
            ["OutputPathAtMost128: 129 characters"] = (() => WithOutputPath(129), "OutputDataConfig.S3OutputPath"),
            ["OutputPathAtMost128: V1 129 characters"] = (() => Change(ValidRequests.V1(), r => r.OutputDataConfig!.S3OutputPath = OutputPath(129)), "OutputDataConfig.S3OutputPath"),

            ["JobRuntimeCoversTrainingRuntime: equal"] = (() => WithRuntimes(3600, 3600), null),
            ["JobRuntimeCoversTrainingRuntime: job shorter"] = (() => WithRuntimes(3600, 600), Tabular + ".CompletionCriteria.MaxAutoMLJobRuntimeInSeconds"),
            ["JobRuntimeCoversTrainingRuntime: V1 job shorter"] = (() => Change(ValidRequests.V1(), r => r.AutoMLJobConfig = new AutoMLJobConfig { CompletionCriteria = new AutoMLJobCompletionCriteria { MaxRuntimePerTrainingJobInSeconds = 60, MaxAutoMLJobRuntimeInSeconds = 59 } }), "AutoMLJobConfig.CompletionCriteria.MaxAutoMLJobRuntimeInSeconds"),

            ["ProblemTypeAndObjectiveTogether: both"] = (() => WithObjective(ProblemType.Regression, AutoMLMetricEnum.RMSE), null),
            ["ProblemTypeAndObjectiveTogether: problem type only"] = (() => WithObjective(ProblemType.Regression, null), "AutoMLJobObjective"),
            ["ProblemTypeAndObjectiveTogether: objective only"] = (() => WithObjective(null, AutoMLMetricEnum.RMSE), Tabular + ".ProblemType"),

            ["ObjectiveMetricFitsProblemType: AUC for binary"] = (() => WithObjective(ProblemType.BinaryClassification, AutoMLMetricEnum.AUC), null),
            ["ObjectiveMetricFitsProblemType: AUC for regression"] = (() => WithObjective(ProblemType.Regression, AutoMLMetricEnum.AUC), "AutoMLJobObjective.MetricName"),
            ["ObjectiveMetricFitsProblemType: MSE for forecasting"] = (() => Change(ValidRequests.TimeSeries(), r => r.AutoMLJobObjective = new AutoMLJobObjective { MetricName = AutoMLMetricEnum.MSE }), "AutoMLJobObjective.MetricName"),
            ["ObjectiveMetricFitsProblemType: V1 F1macro for binary"] = (() => Change(ValidRequests.V1(), r => { r.ProblemType = ProblemType.BinaryClassification; r.AutoMLJobObjective = new AutoMLJobObjective { MetricName = AutoMLMetricEnum.F1macro }; }), "AutoMLJobObjective.MetricName"),

            ["NoDataSplitForForecasting: tabular split"] = (() => Change(ValidRequests.Tabular(), r => r.DataSplitConfig = new AutoMLDataSplitConfig { ValidationFraction = 0.2 }), null),
            ["NoDataSplitForForecasting: forecasting split"] = (() => Change(ValidRequests.TimeSeries(), r => r.DataSplitConfig = new AutoMLDataSplitConfig { ValidationFraction = 0.2 }), "DataSplitConfig"),
            ["ValidationFractionOpenInterval: 0.5"] = (() => Change(ValidRequests.Tabular(), r => r.DataSplitConfig = new AutoMLDataSplitConfig { ValidationFraction = 0.5 }), null),
            ["ValidationFractionOpenInterval: 0"] = (() => Change(ValidRequests.Tabular(), r => r.DataSplitConfig = new AutoMLDataSplitConfig { ValidationFraction = 0 }), "DataSplitConfig.ValidationFraction"),
            ["ValidationFractionOpenInterval: V1 1"] = (() => Change(ValidRequests.V1(), r => r.AutoMLJobConfig = new AutoMLJobConfig { DataSplitConfig = new AutoMLDataSplitConfig { ValidationFraction = 1 } }), "AutoMLJobConfig.DataSplitConfig.ValidationFraction"),

            ["SampleWeightsNeedEnsembling: ensembling"] = (() => WithSampleWeights(AutoMLMode.ENSEMBLING), null),
            ["SampleWeightsNeedEnsembling: HPO"] = (() => WithSampleWeights(AutoMLMode.HYPERPARAMETERTUNING), Tabular + ".SampleWeightAttributeName"),
            ["SampleWeightsNeedEnsembling: V1 HPO"] = (() => Change(ValidRequests.V1(), r => { r.AutoMLJobConfig = new AutoMLJobConfig { Mode = AutoMLMode.HYPERPARAMETERTUNING }; r.InputDataConfig![0].SampleWeightAttributeName = "weight"; }), "InputDataConfig[0].SampleWeightAttributeName"),

            ["TagKeysUnique: two keys"] = (() => WithTags("team", "Team"), null),
            ["TagKeysUnique: one key twice"] = (() => WithTags("team", "cost", "team"), "Tags[2].Key"),

            ["FillingValuesFitMethods: value with its number"] = (() => WithFilling("demand", ("backfill", "value"), ("backfill_value", "2"), ("futurefill", "zero"), ("frontfill", "none")), null),
            ["FillingValuesFitMethods: none is no middlefill"] = (() => WithFilling("demand", ("middlefill", "none")), Forecasting + ".Transformations.Filling['demand']['middlefill']"),
            ["FillingValuesFitMethods: number without value"] = (() => WithFilling("demand", ("backfill", "zero"), ("backfill_value", "2")), Forecasting + ".Transformations.Filling['demand']['backfill_value']"),
            ["FillingValuesFitMethods: value without number"] = (() => WithFilling("demand", ("backfill", "value")), Forecasting + ".Transformations.Filling['demand']['backfill']"),
            ["FillingAndAggregationOnlyForTarget: target column"] = (() => Change(ValidRequests.TimeSeries(), r => Transformations(r).Aggregation = new Dictionary<string, string> { ["demand"] = "avg" }), null),
            ["FillingAndAggregationOnlyForTarget: aggregating another column"] = (() => Change(ValidRequests.TimeSeries(), r => Transformations(r).Aggregation = new Dictionary<string, string> { ["price"] = "avg" }), Forecasting + ".Transformations.Aggregation['price']"),
            ["FillingAndAggregationOnlyForTarget: frontfilling another column"] = (() => WithFilling("price", ("frontfill", "none")), Forecasting + ".Transformations.Filling['price']['frontfill']"),
            ["ForecastHorizonAtMost500: 500 steps"] = (() => Change(ValidRequests.TimeSeries(), r => r.AutoMLProblemTypeConfig!.TimeSeriesForecastingJobConfig!.ForecastHorizon = 500), null),
            ["ForecastHorizonAtMost500: 501 steps"] = (() => Change(ValidRequests.TimeSeries(), r => r.AutoMLProblemTypeConfig!.TimeSeriesForecastingJobConfig!.ForecastHorizon = 501), Forecasting + ".ForecastHorizon"),
        };

        public static IEnumerable<object[]> CaseNames() => Cases.Keys.Select(name => new object[] { name });

        [Theory]
        [MemberData(nameof(CaseNames))]
        public void Rule_accepts_or_refuses(string name)
        {
            var (build, path) = Cases[name];

            var errors = RequestValidator.Validate(build());

            if (path == null)
            {
                Assert.Empty(errors);
                return;
            }

            ValidationError error = Assert.Single(errors);
            Assert.Equal(ValidationRule.CrossField, error.Rule);
            Assert.Equal(path, error.Path);
            Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Every_rule_has_a_valid_and_an_invalid_case()
        {
            var rules = typeof(RequestValidator).Assembly.GetTypes()
                .Where(t => t.Namespace == "AutopilotTools.Validation.CrossField.Rules" && t.GetInterfaces().Any(i => i.Name == "ICrossFieldRule"))
                .Select(t => t.Name)
                .ToList();

            Assert.NotEmpty(rules);
            foreach (string rule in rules)
            {
                var covering = Cases.Where(c => c.Key.StartsWith(rule + ":", StringComparison.Ordinal)).ToList();
                Assert.True(covering.Any(c => c.Value.Path == null), $"{rule} has no valid case");
                Assert.True(covering.Any(c => c.Value.Path != null), $"{rule} has no invalid case");
            }
        }

        private static T Change<T>(T request, Action<T> change)
        {
            change(request);
            return request;
        }

        private static CreateAutoMLJobV2Request WithAlgorithms(string? mode, params string[] algorithms) => Change(ValidRequests.Tabular(), r =>
        {
            r.AutoMLProblemTypeConfig!.TabularJobConfig!.Mode = mode;
            r.AutoMLProblemTypeConfig.TabularJobConfig.CandidateGenerationConfig = new CandidateGenerationConfig
            {
                AlgorithmsConfig = new List<AutoMLAlgorithmConfig> { new AutoMLAlgorithmConfig { AutoMLAlgorithms = algorithms.ToList() } },
            };
        });

        private static CreateAutoMLJobRequest V1WithAlgorithms(string mode, params string[] algorithms) => Change(ValidRequests.V1(), r => r.AutoMLJobConfig = new AutoMLJobConfig
        {
            Mode = mode,
            CandidateGenerationConfig = new AutoMLCandidateGenerationConfig
            {
                AlgorithmsConfig = new List<AutoMLAlgorithmConfig> { new AutoMLAlgorithmConfig { AutoMLAlgorithms = algorithms.ToList() } },
            },
        });

        private static CreateAutoMLJobV2Request ImageWithCandidates(int candidates) => Change(ValidRequests.ImageClassification(), r =>
            r.AutoMLProblemTypeConfig!.ImageClassificationJobConfig!.CompletionCriteria = new AutoMLJobCompletionCriteria { MaxCandidates = candidates });

        private static CreateAutoMLJobV2Request WithDeploy(bool? generate, string? name) => Change(ValidRequests.Tabular(), r =>
            r.ModelDeployConfig = new ModelDeployConfig { AutoGenerateEndpointName = generate, EndpointName = name });

        private static CreateAutoMLJobV2Request WithChannels(params string?[] types) => Change(ValidRequests.Tabular(), r =>
            r.AutoMLJobInputDataConfig = types.Select(t => ValidRequests.Channel(AutoMLChannelType.Training)).Select((c, i) => { c.ChannelType = types[i]; return c; }).ToList());

        private static CreateAutoMLJobRequest V1WithValidationTarget(string target) => Change(ValidRequests.V1(), r =>
        {
            AutoMLChannel validation = ValidRequests.V1Channel(AutoMLChannelType.Validation);
            validation.TargetAttributeName = target;
            r.InputDataConfig!.Add(validation);
        });

        private static CreateAutoMLJobV2Request WithGzip(CreateAutoMLJobV2Request request, string dataType) => Change(request, r =>
        {
            r.AutoMLJobInputDataConfig![0].CompressionType = CompressionType.Gzip;
            r.AutoMLJobInputDataConfig[0].DataSource = ValidRequests.S3(dataType);
        });

        private static string OutputPath(int length) => "s3://bucket/" + new string('o', length - "s3://bucket/".Length);

        private static CreateAutoMLJobV2Request WithOutputPath(int length) => Change(ValidRequests.Tabular(), r => r.OutputDataConfig!.S3OutputPath = OutputPath(length));

        private static CreateAutoMLJobV2Request WithRuntimes(int perTrainingJob, int job) => Change(ValidRequests.Tabular(), r =>
            r.AutoMLProblemTypeConfig!.TabularJobConfig!.CompletionCriteria = new AutoMLJobCompletionCriteria { MaxRuntimePerTrainingJobInSeconds = perTrainingJob, MaxAutoMLJobRuntimeInSeconds = job });

        private static CreateAutoMLJobV2Request WithObjective(string? problemType, string? metric) => Change(ValidRequests.Tabular(), r =>
        {
            r.AutoMLProblemTypeConfig!.TabularJobConfig!.ProblemType = problemType;
            r.AutoMLJobObjective = metric == null ? null : new AutoMLJobObjective { MetricName = metric };
        });

        private static CreateAutoMLJobV2Request WithSampleWeights(string mode) => Change(ValidRequests.Tabular(), r =>
        {
            r.AutoMLProblemTypeConfig!.TabularJobConfig!.Mode = mode;
            r.AutoMLProblemTypeConfig.TabularJobConfig.SampleWeightAttributeName = "weight";
        });

        private static CreateAutoMLJobV2Request WithTags(params string[] keys) => Change(ValidRequests.Tabular(), r =>
            r.Tags = keys.Select(k => new Tag { Key = k, Value = "x" }).ToList());

        private static TimeSeriesTransformations Transformations(CreateAutoMLJobV2Request request) =>
            request.AutoMLProblemTypeConfig!.TimeSeriesForecastingJobConfig!.Transformations ??= new TimeSeriesTransformations();

        private static CreateAutoMLJobV2Request WithFilling(string column, params (string Method, string Value)[] methods) => Change(ValidRequests.TimeSeries(), r =>
            Transformations(r).Filling = new Dictionary<string, Dictionary<string, string>> { [column] = methods.ToDictionary(m => m.Method, m => m.Value) });
    }
}
