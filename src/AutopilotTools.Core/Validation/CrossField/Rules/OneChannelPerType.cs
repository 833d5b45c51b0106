using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seeds (boto3 ChannelType, CLI v2 ChannelType, Python SDK fit): the input is one training source and at most
    /// one validation source; a channel without ChannelType is a training channel.
    /// </summary>
    internal sealed class OneChannelPerType : ICrossFieldRule
    {
        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            var first = new Dictionary<string, ChannelView>();
            foreach (ChannelView channel in job.Channels)
            {
                string type = channel.EffectiveChannelType;
                if (type != AutoMLChannelType.Training && type != AutoMLChannelType.Validation)
                {
                    continue;
                }

                if (!first.TryGetValue(type, out ChannelView? earlier))
                {
                    first.Add(type, channel);
                    continue;
                }

                string path = channel.Member(nameof(AutoMLJobChannel.ChannelType));
                string implied = channel.ChannelType == null ? " (a channel without ChannelType is a training channel)" : string.Empty;
                yield return CrossFieldError.At(path, channel.ChannelType, $"{path} makes a second {type} channel{implied}; {earlier.Path} is one already, and a job takes one training and at most one validation channel.");
            }
        }
    }
}
