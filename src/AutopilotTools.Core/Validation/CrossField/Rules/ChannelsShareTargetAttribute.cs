using System;
using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seeds (CLI v2 create-auto-ml-job ChannelType, Python SDK fit; V1 only, where each channel names the target):
    /// the training and validation channels must name the same TargetAttributeName.
    /// </summary>
    internal sealed class ChannelsShareTargetAttribute : ICrossFieldRule
    {
        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            if (job.Channels.Count < 2 || job.Channels[0].TargetAttributeName == null)
            {
                yield break;
            }

            ChannelView first = job.Channels[0];
            for (int i = 1; i < job.Channels.Count; i++)
            {
                ChannelView channel = job.Channels[i];
                if (channel.TargetAttributeName != null && !string.Equals(channel.TargetAttributeName, first.TargetAttributeName, StringComparison.Ordinal))
                {
                    string path = channel.Member(nameof(AutoMLChannel.TargetAttributeName));
                    yield return CrossFieldError.At(path, channel.TargetAttributeName, $"{path} '{channel.TargetAttributeName}' must be the same as {first.Member(nameof(AutoMLChannel.TargetAttributeName))} ('{first.TargetAttributeName}'): training and validation data share one target column.");
                }
            }
        }
    }
}
