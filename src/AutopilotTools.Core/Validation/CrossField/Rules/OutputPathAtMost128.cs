using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seeds (boto3, CLI v1 and v2, Python SDK; OutputDataConfig.S3OutputPath): the output path must be 128
    /// characters or less. The model's S3Uri shape allows 1024, so the shape checks alone would let it through.
    /// </summary>
    internal sealed class OutputPathAtMost128 : ICrossFieldRule
    {
        public const int Longest = 128;

        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            string? output = job.Output?.Value.S3OutputPath;
            if (output == null || output.Length <= Longest)
            {
                yield break;
            }

            string path = job.Output!.Member(nameof(AutoMLOutputDataConfig.S3OutputPath));
            yield return CrossFieldError.At(path, output, $"{path} {ValueText.Describe(output)} is {output.Length} characters long; the job's output path must be at most {Longest} characters long.");
        }
    }
}
