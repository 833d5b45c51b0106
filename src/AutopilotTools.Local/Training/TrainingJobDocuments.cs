using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Catalog;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.ModelHosting;
using AutopilotTools.Local.SageMaker;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Training
{
    /// <summary>
    /// A candidate's training job (its <c>AWS::SageMaker::TrainingJob</c> step) as DescribeTrainingJob describes it:
    /// named after the candidate, its status, the candidate's image and hyperparameters, its model archive, its times,
    /// its metrics, and from the AutoML job the role, the input channels, the security settings and the per-candidate
    /// runtime limit. Every member the SageMaker Python SDK's CandidateEstimator reads is present.
    /// </summary>
    internal static class TrainingJobDocuments
    {
        /// <param name="modelLocation">The candidate's model archive (where it would be, for a candidate that did not complete).</param>
        /// <param name="outputPath">The training jobs' output path: the archive is <c>&lt;outputPath&gt;&lt;name&gt;/model.tar.gz</c>.</param>
        public static DescribeTrainingJobResponse Build(CandidateResult candidate, Model.AutoMLCandidate document, DescribeAutoMLJobV2Response job, string modelLocation, string outputPath)
        {
            DateTime start = document.CreationTime!.Value;
            DateTime end = document.EndTime!.Value;
            return new DescribeTrainingJobResponse
            {
                TrainingJobName = candidate.Name,
                TrainingJobArn = document.CandidateSteps!.Single(s => s.CandidateStepType == CandidateStepType.AWSSageMakerTrainingJob).CandidateStepArn,
                AutoMLJobArn = job.AutoMLJobArn,
                ModelArtifacts = new ModelArtifacts { S3ModelArtifacts = modelLocation },
                TrainingJobStatus = Status(candidate.Status),
                SecondaryStatus = SecondaryStatusOf(candidate.Status),
                FailureReason = candidate.FailureReason,
                HyperParameters = candidate.Hyperparameters.ToDictionary(h => h.Key, h => h.Value, StringComparer.Ordinal),
                AlgorithmSpecification = new AlgorithmSpecification
                {
                    TrainingImage = LocalImages.For(candidate.Algorithm),
                    TrainingInputMode = TrainingInputMode.File,
                },
                RoleArn = job.RoleArn,
                InputDataConfig = job.AutoMLJobInputDataConfig?.Select(ChannelOf).ToList(),
                OutputDataConfig = new OutputDataConfig { S3OutputPath = outputPath, KmsKeyId = job.OutputDataConfig?.KmsKeyId },

                // The local server trains in its own process, not on an ML instance: one machine, no instance type.
                ResourceConfig = new ResourceConfig { InstanceCount = 1, VolumeKmsKeyId = job.SecurityConfig?.VolumeKmsKeyId },
                VpcConfig = job.SecurityConfig?.VpcConfig,
                StoppingCondition = new StoppingCondition
                {
                    MaxRuntimeInSeconds = ProblemTypeConfigs.CompletionCriteriaOf(job.AutoMLProblemTypeConfig)?.MaxRuntimePerTrainingJobInSeconds
                        ?? JobResults.DefaultPerTrainingJobSeconds,
                },
                CreationTime = start,
                TrainingStartTime = start,
                TrainingEndTime = end,
                LastModifiedTime = end,
                SecondaryStatusTransitions = new List<SecondaryStatusTransition>
                {
                    new SecondaryStatusTransition { Status = Model.SecondaryStatus.Training, StartTime = start, EndTime = end, StatusMessage = "Training the candidate on the local server." },
                    new SecondaryStatusTransition { Status = SecondaryStatusOf(candidate.Status), StartTime = end, EndTime = end, StatusMessage = candidate.FailureReason },
                },
                FinalMetricDataList = document.CandidateProperties?.CandidateMetrics?
                    .Select(m => new MetricData { MetricName = m.StandardMetricName, Value = m.Value, Timestamp = end })
                    .ToList(),
                EnableNetworkIsolation = false,
                EnableInterContainerTrafficEncryption = job.SecurityConfig?.EnableInterContainerTrafficEncryption ?? false,
                EnableManagedSpotTraining = false,
                TrainingTimeInSeconds = Math.Max(1, (int)Math.Ceiling((end - start).TotalSeconds)),
            };
        }

        /// <summary>Each of the job's channels as the training channel of the same name and data.</summary>
        private static Channel ChannelOf(AutoMLJobChannel channel) => new Channel
        {
            ChannelName = channel.ChannelType ?? AutoMLChannelType.Training,
            ContentType = channel.ContentType,
            CompressionType = channel.CompressionType,
            InputMode = TrainingInputMode.File,
            DataSource = new DataSource
            {
                S3DataSource = new S3DataSource
                {
                    S3DataType = channel.DataSource?.S3DataSource?.S3DataType,
                    S3Uri = channel.DataSource?.S3DataSource?.S3Uri,
                    S3DataDistributionType = S3DataDistribution.FullyReplicated,
                },
            },
        };

        /// <summary>A candidate's status is its training job's; the ended statuses are secondary statuses as well.</summary>
        private static string Status(string candidateStatus) => candidateStatus switch
        {
            CandidateStatus.Completed => TrainingJobStatus.Completed,
            CandidateStatus.Failed => TrainingJobStatus.Failed,
            CandidateStatus.Stopped => TrainingJobStatus.Stopped,
            CandidateStatus.Stopping => TrainingJobStatus.Stopping,
            _ => TrainingJobStatus.InProgress,
        };

        private static string SecondaryStatusOf(string candidateStatus) => candidateStatus switch
        {
            CandidateStatus.Completed => Model.SecondaryStatus.Completed,
            CandidateStatus.Failed => Model.SecondaryStatus.Failed,
            CandidateStatus.Stopped => Model.SecondaryStatus.Stopped,
            CandidateStatus.Stopping => Model.SecondaryStatus.Stopping,
            _ => Model.SecondaryStatus.Training,
        };
    }
}
