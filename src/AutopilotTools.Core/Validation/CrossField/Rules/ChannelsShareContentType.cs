using System;
using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seeds (boto3 ChannelType, CLI v2 ChannelType, Python SDK fit): the training and validation channels must have
    /// the same ContentType. An absent ContentType is the problem type's default, so it is compared as that.
    /// </summary>
    internal sealed class ChannelsShareContentType : ICrossFieldRule
    {
        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            if (job.Channels.Count < 2)
            {
                yield break;
            }

            ChannelView first = job.Channels[0];
            string expected = ContentTypes.Effective(first.ContentType, job.Problem);
            for (int i = 1; i < job.Channels.Count; i++)
            {
                ChannelView channel = job.Channels[i];
                if (!string.Equals(ContentTypes.Effective(channel.ContentType, job.Problem), expected, StringComparison.OrdinalIgnoreCase))
                {
                    string path = channel.Member(nameof(AutoMLJobChannel.ContentType));
                    yield return CrossFieldError.At(path, channel.ContentType, $"{path} {ValueText.Describe(channel.ContentType)} must be the same as {first.Member(nameof(AutoMLJobChannel.ContentType))} ('{expected}'): training and validation data share one content type.");
                }
            }
        }
    }
}
