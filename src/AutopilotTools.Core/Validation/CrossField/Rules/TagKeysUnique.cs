using System;
using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>Seeds (boto3 Tags, CLI v1 and v2 --tags): a resource's tag keys must be unique (compared as given: tag keys are case-sensitive).</summary>
    internal sealed class TagKeysUnique : ICrossFieldRule
    {
        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            List<Tag>? tags = job.Tags?.Value;
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; tags != null && i < tags.Count; i++)
            {
                string? key = tags[i]?.Key;
                if (key == null)
                {
                    continue;
                }

                if (seen.TryGetValue(key, out int first))
                {
                    string path = MemberPath.Member(MemberPath.Index(job.Tags!.Path, i), nameof(Tag.Key));
                    string earlier = MemberPath.Member(MemberPath.Index(job.Tags.Path, first), nameof(Tag.Key));
                    yield return CrossFieldError.At(path, key, $"{path} '{key}' repeats {earlier}: tag keys must be unique.");
                }
                else
                {
                    seen.Add(key, i);
                }
            }
        }
    }
}
