using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Client.Errors;
using AutopilotTools.Client.Storage;
using AutopilotTools.Inference;
using AutopilotTools.Model;

namespace AutopilotTools.Deploying
{
    /// <summary>What reading a job's feature columns found: the columns, or why they are not known.</summary>
    internal sealed class TrainingFeaturesResult
    {
        public IReadOnlyList<string>? Columns { get; set; }

        public string? Source { get; set; }

        /// <summary>Why the columns are not known.</summary>
        public string? Reason { get; set; }

        /// <summary>True when the data should have had a header but it could not be read (worth a warning, not just a note).</summary>
        public bool Failed { get; set; }
    }

    /// <summary>
    /// The feature columns of the model a job trained, in order, from its training data's header (see
    /// <see cref="FeatureColumns"/>), so that rows given by name can later be sent in that order.
    /// </summary>
    internal static class TrainingFeatures
    {
        public static async Task<TrainingFeaturesResult> ReadAsync(TrainingHeaderReader reader, DescribeAutoMLJobV2Response job, CancellationToken cancellationToken)
        {
            TrainingDataSource? source = FeatureColumns.TrainingDataOf(job);
            if (source == null)
            {
                return new TrainingFeaturesResult { Reason = $"job '{job.AutoMLJobName}' did not train on tabular CSV data with a header" };
            }

            string? header;
            try
            {
                header = await reader.ReadAsync(source.S3Uri, source.S3DataType == AutoMLS3DataType.ManifestFile, source.Gzip, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (ServiceFailure.IsServiceFailure(e) && !cancellationToken.IsCancellationRequested)
            {
                return new TrainingFeaturesResult { Reason = $"the header of its training data {source.S3Uri} could not be read: {e.Message}", Failed = true };
            }

            if (string.IsNullOrWhiteSpace(header))
            {
                return new TrainingFeaturesResult { Reason = $"its training data {source.S3Uri} holds no header line", Failed = true };
            }

            return new TrainingFeaturesResult { Columns = FeatureColumns.FromHeader(header!, source.Target, source.SampleWeight), Source = source.S3Uri };
        }
    }
}
