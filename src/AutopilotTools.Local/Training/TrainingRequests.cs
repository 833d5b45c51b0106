using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.S3;
using AutopilotTools.Local.SageMaker;
using AutopilotTools.Local.SageMaker.Jobs;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Training
{
    /// <summary>
    /// A job's request as training reads it: the V2 describe document (V1 jobs are read through DescribeAutoMLJobV2's
    /// mapping, so both APIs train the same way), and the checks made when the job is created, so that what the
    /// local server cannot train is refused up front with a ValidationException rather than failing later.
    /// </summary>
    internal static class TrainingRequests
    {
        public static DescribeAutoMLJobV2Response Read(JobRecord job) => job.ApiVersion == 1
            ? JobDocuments.ToV2(Documents.Deserialize<DescribeAutoMLJobResponse>(job.Document))
            : Documents.Deserialize<DescribeAutoMLJobV2Response>(job.Document);

        /// <summary>Refuses, in the service's ValidationException, what the local server does not train or does not do yet.</summary>
        public static void CheckTrainable(DescribeAutoMLJobV2Response job)
        {
            string? problem = job.AutoMLProblemTypeConfigName;
            if (problem != AutoMLProblemTypeConfigName.Tabular)
            {
                throw SageMakerError.Validation(
                    $"The local Autopilot server trains tabular jobs only; it does not train {problem ?? "this problem type"} jobs yet. Run this job on SageMaker, or give it a TabularJobConfig.");
            }

            TabularJobConfig tabular = job.AutoMLProblemTypeConfig!.TabularJobConfig!;
            var unsupported = new List<string>();
            if (tabular.GenerateCandidateDefinitionsOnly == true)
            {
                unsupported.Add("GenerateCandidateDefinitionsOnly (the local server always trains)");
            }

            if (tabular.FeatureSpecificationS3Uri != null)
            {
                unsupported.Add("FeatureSpecificationS3Uri (the local server trains on every column)");
            }

            if (job.ModelDeployConfig != null && (job.ModelDeployConfig.AutoGenerateEndpointName == true || job.ModelDeployConfig.EndpointName != null))
            {
                unsupported.Add("ModelDeployConfig (deploy the best candidate with Deploy-AutoMLCandidate instead)");
            }

            foreach (AutoMLJobChannel channel in job.AutoMLJobInputDataConfig ?? new List<AutoMLJobChannel>())
            {
                string? contentType = channel.ContentType?.Split(';')[0].Trim();
                if (contentType != null && !string.Equals(contentType, "text/csv", StringComparison.OrdinalIgnoreCase))
                {
                    unsupported.Add($"{channel.ContentType} data (the local server reads CSV with a header row)");
                }

                AutoMLS3DataSource? source = channel.DataSource?.S3DataSource;
                if (source?.S3DataType == AutoMLS3DataType.AugmentedManifestFile)
                {
                    unsupported.Add("AugmentedManifestFile channels (use S3Prefix or ManifestFile)");
                }

                if (S3Location.TryParse(source?.S3Uri) == null)
                {
                    throw SageMakerError.Validation($"The {channel.ChannelType ?? AutoMLChannelType.Training} channel's S3Uri '{source?.S3Uri}' is not an s3:// URI.");
                }
            }

            if (unsupported.Count > 0)
            {
                throw SageMakerError.Validation($"The local Autopilot server does not support {string.Join("; ", unsupported)} yet.");
            }

            if (S3Location.TryParse(job.OutputDataConfig?.S3OutputPath) == null)
            {
                throw SageMakerError.Validation($"OutputDataConfig.S3OutputPath '{job.OutputDataConfig?.S3OutputPath}' is not an s3:// URI.");
            }

            try
            {
                // The files are not downloaded yet; placeholders let the engine check everything else now.
                TabularAutoML.Validate(JobSpecs.From(job, new[] { "training.csv" }, Array.Empty<string>(), "output"));
            }
            catch (AutoMLValidationException error)
            {
                throw SageMakerError.Validation(error.Message);
            }
        }

        /// <summary>The channel of that type (training when none is named), or null.</summary>
        public static AutoMLJobChannel? Channel(DescribeAutoMLJobV2Response job, string type) =>
            job.AutoMLJobInputDataConfig?.FirstOrDefault(c => (c.ChannelType ?? AutoMLChannelType.Training) == type);
    }
}
