using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seeds (boto3 AutoMLJobChannel.ContentType; CLI v2 create-auto-ml-job ContentType for V1): tabular, text
    /// classification, time-series and text generation data is text/csv;header=present or
    /// x-application/vnd.amazon+parquet; image classification data is image/png, image/jpeg or image/*.
    /// MIME types are compared ignoring case.
    /// </summary>
    internal sealed class ContentTypeFitsProblemType : ICrossFieldRule
    {
        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            IReadOnlyList<string>? allowed = ContentTypes.AllowedFor(job.Problem);
            if (allowed == null)
            {
                yield break;
            }

            foreach (ChannelView channel in job.Channels)
            {
                if (channel.ContentType != null && !allowed.Contains(channel.ContentType, StringComparer.OrdinalIgnoreCase))
                {
                    string path = channel.Member(nameof(AutoMLJobChannel.ContentType));
                    yield return CrossFieldError.At(path, channel.ContentType, $"{path} '{channel.ContentType}' is not a content type {ProblemNames.Of(job.Problem)} jobs read; use one of: {string.Join(", ", allowed)}.");
                }
            }
        }
    }
}
