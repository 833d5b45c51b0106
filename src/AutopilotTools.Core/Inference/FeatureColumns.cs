using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;

namespace AutopilotTools.Inference
{
    /// <summary>Where a tabular job's training data is, and what to leave out of its header to get the model's features.</summary>
    public sealed class TrainingDataSource
    {
        public TrainingDataSource(string s3Uri, string s3DataType, bool gzip, string target, string? sampleWeight)
        {
            S3Uri = s3Uri;
            S3DataType = s3DataType;
            Gzip = gzip;
            Target = target;
            SampleWeight = sampleWeight;
        }

        /// <summary>An S3 prefix, or a manifest file that lists the data's objects (<see cref="S3DataType"/>).</summary>
        public string S3Uri { get; }

        public string S3DataType { get; }

        public bool Gzip { get; }

        public string Target { get; }

        public string? SampleWeight { get; }
    }

    /// <summary>
    /// The columns an Autopilot tabular model takes, in order. Its inference containers read CSV rows without a header
    /// and take them as the training data's columns without the target (Autopilot requires every training file to
    /// have the same header), so the order is the training CSV's header less the target and the sample-weight column.
    /// That header is the one source that holds both for AWS and for the local server: neither the job nor the
    /// candidate description names the features.
    /// </summary>
    public static class FeatureColumns
    {
        /// <summary>The feature columns from a training header line: its fields less the target and the sample-weight column.</summary>
        public static IReadOnlyList<string> FromHeader(string header, string target, string? sampleWeight)
        {
            string line = header.TrimStart('\uFEFF').TrimEnd('\r', '\n');
            return CsvRow.Split(line)
                .Select(name => name.Trim())
                .Where(name => !string.Equals(name, target, StringComparison.Ordinal) && !string.Equals(name, sampleWeight, StringComparison.Ordinal))
                .ToList();
        }

        /// <summary>
        /// The training channel of a tabular job whose data is CSV (the default content type), or null when the job
        /// is of another problem type, has no such channel, or trained on Parquet or an augmented manifest (no header
        /// line to read).
        /// </summary>
        public static TrainingDataSource? TrainingDataOf(DescribeAutoMLJobV2Response job)
        {
            TabularJobConfig? tabular = job.AutoMLProblemTypeConfig?.TabularJobConfig;
            AutoMLJobChannel? training = job.AutoMLJobInputDataConfig?.FirstOrDefault(c => c.ChannelType == null || c.ChannelType == AutoMLChannelType.Training);
            AutoMLS3DataSource? source = training?.DataSource?.S3DataSource;
            bool csv = training?.ContentType == null || training.ContentType.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase);
            if (tabular?.TargetAttributeName == null || source?.S3Uri == null || !csv || source.S3DataType == AutoMLS3DataType.AugmentedManifestFile)
            {
                return null;
            }

            return new TrainingDataSource(
                source.S3Uri,
                source.S3DataType ?? AutoMLS3DataType.S3Prefix,
                training!.CompressionType == CompressionType.Gzip,
                tabular.TargetAttributeName,
                tabular.SampleWeightAttributeName);
        }
    }
}
