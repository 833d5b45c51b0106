using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Local.Jobs;
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

        /// <summary>
        /// Refuses, in the service's ValidationException, what the local server does not train: a problem type no
        /// registered engine trains (saying why), what the problem type's engine refuses, and what no engine does yet.
        /// </summary>
        public static void CheckTrainable(DescribeAutoMLJobV2Response job, ProblemTypeRegistry problemTypes)
        {
            string? configName = job.AutoMLProblemTypeConfigName;
            IProblemType problemType = problemTypes.Find(configName)
                ?? throw SageMakerError.Validation(UntrainedProblemTypes.Reason(configName));

            foreach (AutoMLJobChannel channel in job.AutoMLJobInputDataConfig ?? new List<AutoMLJobChannel>())
            {
                string? uri = channel.DataSource?.S3DataSource?.S3Uri;
                if (S3Location.TryParse(uri) == null)
                {
                    throw SageMakerError.Validation($"The {channel.ChannelType ?? AutoMLChannelType.Training} channel's S3Uri '{uri}' is not an s3:// URI.");
                }
            }

            IReadOnlyList<string> problems = problemType.Check(job);
            if (problems.Count > 0)
            {
                throw SageMakerError.Validation(string.Join(" ", problems));
            }

            if (S3Location.TryParse(job.OutputDataConfig?.S3OutputPath) == null)
            {
                throw SageMakerError.Validation($"OutputDataConfig.S3OutputPath '{job.OutputDataConfig?.S3OutputPath}' is not an s3:// URI.");
            }
        }

        /// <summary>The channel of that type (training when none is named), or null.</summary>
        public static AutoMLJobChannel? Channel(DescribeAutoMLJobV2Response job, string type) =>
            job.AutoMLJobInputDataConfig?.FirstOrDefault(c => (c.ChannelType ?? AutoMLChannelType.Training) == type);
    }
}
