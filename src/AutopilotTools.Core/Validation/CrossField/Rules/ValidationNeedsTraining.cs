using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seeds (boto3 ChannelType, CLI v2, Python SDK fit): the channels are a training source and, optionally, a
    /// validation source for it; a validation channel alone leaves nothing to train on.
    /// </summary>
    internal sealed class ValidationNeedsTraining : ICrossFieldRule
    {
        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            if (job.Channels.Any(c => c.EffectiveChannelType == AutoMLChannelType.Training))
            {
                yield break;
            }

            ChannelView? validation = job.Channels.FirstOrDefault(c => c.EffectiveChannelType == AutoMLChannelType.Validation);
            if (validation != null)
            {
                string path = validation.Member(nameof(AutoMLJobChannel.ChannelType));
                yield return CrossFieldError.At(path, validation.ChannelType, $"{path} 'validation' needs a training channel beside it; give a second channel with ChannelType 'training' (or none).");
            }
        }
    }
}
