using System;
using System.Linq;
using AutopilotTools.Json;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Jobs
{
    /// <summary>
    /// The describe documents of new jobs, built from what the create request said and nothing more: status
    /// InProgress/Starting and the times. Results (candidates, artifacts, resolved attributes) are added only by
    /// training, never made up here.
    /// </summary>
    internal static class JobDocuments
    {
        /// <summary>Every member the request shares with the describe document (Tags stay behind), InProgress/Starting.</summary>
        public static DescribeAutoMLJobResponse FromCreate(CreateAutoMLJobRequest request, string arn, DateTime now)
        {
            DescribeAutoMLJobResponse described = ModelCopy.SameNamed(request, new DescribeAutoMLJobResponse
            {
                AutoMLJobArn = arn,
                CreationTime = now,
                LastModifiedTime = now,
                AutoMLJobStatus = AutoMLJobStatus.InProgress,
                AutoMLJobSecondaryStatus = AutoMLJobSecondaryStatus.Starting,
            });
            described.GenerateCandidateDefinitionsOnly ??= false;
            return described;
        }

        /// <summary>Every member the request shares with the describe document (Tags stay behind), InProgress/Starting.</summary>
        public static DescribeAutoMLJobV2Response FromCreate(CreateAutoMLJobV2Request request, string arn, DateTime now) =>
            ModelCopy.SameNamed(request, new DescribeAutoMLJobV2Response
            {
                AutoMLJobArn = arn,
                AutoMLProblemTypeConfigName = ProblemTypeConfigName(request.AutoMLProblemTypeConfig),
                CreationTime = now,
                LastModifiedTime = now,
                AutoMLJobStatus = AutoMLJobStatus.InProgress,
                AutoMLJobSecondaryStatus = AutoMLJobSecondaryStatus.Starting,
            });

        /// <summary>
        /// A V1 job as DescribeAutoMLJobV2 shows it: a tabular problem whose target, weights, problem type, completion
        /// criteria, mode and candidate generation move into TabularJobConfig, and whose channels lose the per-channel
        /// attribute names.
        /// </summary>
        public static DescribeAutoMLJobV2Response ToV2(DescribeAutoMLJobResponse job)
        {
            AutoMLChannel? training = job.InputDataConfig?.FirstOrDefault(c => c.ChannelType == null || c.ChannelType == AutoMLChannelType.Training)
                ?? job.InputDataConfig?.FirstOrDefault();
            AutoMLJobConfig? config = job.AutoMLJobConfig;
            return new DescribeAutoMLJobV2Response
            {
                AutoMLJobName = job.AutoMLJobName,
                AutoMLJobArn = job.AutoMLJobArn,
                AutoMLJobInputDataConfig = job.InputDataConfig?.Select(c => new AutoMLJobChannel
                {
                    ChannelType = c.ChannelType,
                    ContentType = c.ContentType,
                    CompressionType = c.CompressionType,
                    DataSource = c.DataSource,
                }).ToList(),
                OutputDataConfig = job.OutputDataConfig,
                RoleArn = job.RoleArn,
                AutoMLJobObjective = job.AutoMLJobObjective,
                AutoMLProblemTypeConfigName = AutoMLProblemTypeConfigName.Tabular,
                AutoMLProblemTypeConfig = new AutoMLProblemTypeConfig
                {
                    TabularJobConfig = new TabularJobConfig
                    {
                        TargetAttributeName = training?.TargetAttributeName,
                        SampleWeightAttributeName = training?.SampleWeightAttributeName,
                        ProblemType = job.ProblemType,
                        CompletionCriteria = config?.CompletionCriteria,
                        Mode = config?.Mode,
                        FeatureSpecificationS3Uri = config?.CandidateGenerationConfig?.FeatureSpecificationS3Uri,
                        CandidateGenerationConfig = config?.CandidateGenerationConfig?.AlgorithmsConfig == null
                            ? null
                            : new CandidateGenerationConfig { AlgorithmsConfig = config.CandidateGenerationConfig.AlgorithmsConfig },
                        GenerateCandidateDefinitionsOnly = job.GenerateCandidateDefinitionsOnly,
                    },
                },
                CreationTime = job.CreationTime,
                EndTime = job.EndTime,
                LastModifiedTime = job.LastModifiedTime,
                FailureReason = job.FailureReason,
                PartialFailureReasons = job.PartialFailureReasons,
                BestCandidate = job.BestCandidate,
                AutoMLJobStatus = job.AutoMLJobStatus,
                AutoMLJobSecondaryStatus = job.AutoMLJobSecondaryStatus,
                AutoMLJobArtifacts = job.AutoMLJobArtifacts,
                ResolvedAttributes = job.ResolvedAttributes?.ProblemType == null
                    ? null
                    : new AutoMLResolvedAttributes
                    {
                        AutoMLJobObjective = job.ResolvedAttributes.AutoMLJobObjective,
                        CompletionCriteria = job.ResolvedAttributes.CompletionCriteria,
                        AutoMLProblemTypeResolvedAttributes = new AutoMLProblemTypeResolvedAttributes
                        {
                            TabularResolvedAttributes = new TabularResolvedAttributes { ProblemType = job.ResolvedAttributes.ProblemType },
                        },
                    },
                ModelDeployConfig = job.ModelDeployConfig,
                ModelDeployResult = job.ModelDeployResult,
                DataSplitConfig = config?.DataSplitConfig,
                SecurityConfig = config?.SecurityConfig,
            };
        }

        private static string? ProblemTypeConfigName(AutoMLProblemTypeConfig? config) =>
            config == null ? null
            : config.TabularJobConfig != null ? AutoMLProblemTypeConfigName.Tabular
            : config.ImageClassificationJobConfig != null ? AutoMLProblemTypeConfigName.ImageClassification
            : config.TextClassificationJobConfig != null ? AutoMLProblemTypeConfigName.TextClassification
            : config.TimeSeriesForecastingJobConfig != null ? AutoMLProblemTypeConfigName.TimeSeriesForecasting
            : config.TextGenerationJobConfig != null ? AutoMLProblemTypeConfigName.TextGeneration
            : null;
    }
}
