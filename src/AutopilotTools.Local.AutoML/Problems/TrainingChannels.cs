using System;
using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Problems
{
    /// <summary>Checks of a request that more than one problem type makes, and how refusals are worded.</summary>
    public static class TrainingChannels
    {
        /// <summary>One sentence for what the local server does not support, or none.</summary>
        public static IReadOnlyList<string> Unsupported(IReadOnlyCollection<string> features) => features.Count == 0
            ? Array.Empty<string>()
            : new[] { $"The local Autopilot server does not support {string.Join("; ", features)} yet." };

        /// <summary>What the engine cannot read in channels it reads as CSV with a header row: other content types, augmented manifests.</summary>
        public static IReadOnlyList<string> CsvOnly(DescribeAutoMLJobV2Response request)
        {
            var problems = new List<string>();
            foreach (AutoMLJobChannel channel in request.AutoMLJobInputDataConfig ?? new List<AutoMLJobChannel>())
            {
                string? contentType = channel.ContentType?.Split(';')[0].Trim();
                if (contentType != null && !string.Equals(contentType, "text/csv", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"{channel.ContentType} data (the local server reads CSV with a header row)");
                }

                if (channel.DataSource?.S3DataSource?.S3DataType == AutoMLS3DataType.AugmentedManifestFile)
                {
                    problems.Add("AugmentedManifestFile channels (use S3Prefix or ManifestFile)");
                }
            }

            return problems;
        }
    }
}
