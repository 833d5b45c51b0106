using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seed (boto3 AutoMLJobChannel.CompressionType, V2): Gzip is allowed only for S3Prefix input of tabular jobs;
    /// every other input is uncompressed (None). The V1 documents only say "Gzip or None", so this rule is V2's.
    /// </summary>
    internal sealed class GzipOnlyForTabularS3Prefix : ICrossFieldRule
    {
        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            foreach (ChannelView channel in job.Channels)
            {
                if (channel.CompressionType != CompressionType.Gzip)
                {
                    continue;
                }

                bool notTabular = job.Problem != ProblemKind.Tabular && job.Problem != ProblemKind.Unknown;
                bool notPrefix = channel.S3DataType != null && channel.S3DataType != AutoMLS3DataType.S3Prefix;
                if (notTabular || notPrefix)
                {
                    string path = channel.Member(nameof(AutoMLJobChannel.CompressionType));
                    string why = notTabular ? $"this is a {ProblemNames.Of(job.Problem)} job" : $"the data type is '{channel.S3DataType}'";
                    yield return CrossFieldError.At(path, channel.CompressionType, $"{path} 'Gzip' is only for S3Prefix input of tabular jobs, and {why}; use 'None'.");
                }
            }
        }
    }
}
