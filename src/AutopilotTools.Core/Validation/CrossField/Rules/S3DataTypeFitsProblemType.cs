using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seeds (boto3 AutoMLJobInputDataConfig; CLI v1/v2 and Python SDK for V1): tabular input is S3Prefix or
    /// ManifestFile; image classification also takes AugmentedManifestFile; text classification, time-series
    /// forecasting and text generation take S3Prefix only. AugmentedManifestFile is for V2 jobs only, which the
    /// tabular list (all a V1 job can be) already says.
    /// </summary>
    internal sealed class S3DataTypeFitsProblemType : ICrossFieldRule
    {
        private static readonly IReadOnlyList<string> Tabular = new[] { AutoMLS3DataType.S3Prefix, AutoMLS3DataType.ManifestFile };

        private static readonly IReadOnlyList<string> Image = new[] { AutoMLS3DataType.S3Prefix, AutoMLS3DataType.ManifestFile, AutoMLS3DataType.AugmentedManifestFile };

        private static readonly IReadOnlyList<string> PrefixOnly = new[] { AutoMLS3DataType.S3Prefix };

        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            IReadOnlyList<string>? allowed = AllowedFor(job.Problem);
            if (allowed == null)
            {
                yield break;
            }

            foreach (ChannelView channel in job.Channels)
            {
                string? type = channel.S3DataType;
                if (type != null && AutoMLS3DataType.Values.Contains(type) && !allowed.Contains(type, StringComparer.Ordinal))
                {
                    string path = MemberPath.Member(MemberPath.Member(channel.Member(nameof(AutoMLJobChannel.DataSource)), nameof(AutoMLDataSource.S3DataSource)), nameof(AutoMLS3DataSource.S3DataType));
                    yield return CrossFieldError.At(path, type, $"{path} '{type}' is not an input format {ProblemNames.Of(job.Problem)} jobs take; use one of: {string.Join(", ", allowed)}.");
                }
            }
        }

        private static IReadOnlyList<string>? AllowedFor(ProblemKind problem)
        {
            switch (problem)
            {
                case ProblemKind.Tabular:
                    return Tabular;
                case ProblemKind.ImageClassification:
                    return Image;
                case ProblemKind.Unknown:
                    return null;
                default:
                    return PrefixOnly;
            }
        }
    }
}
