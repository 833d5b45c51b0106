using System;
using AutopilotTools.Model;

namespace AutopilotTools.Identity
{
    /// <summary>
    /// Names one batch transform job: its name, its ARN, or a transform job object (described or listed). As with
    /// <see cref="AutoMLJobIdentity"/>, PowerShell converts to this type when binding, and a bad value carries its
    /// <see cref="Problem"/> for the cmdlet to report before any request.
    /// </summary>
    public sealed class TransformJobIdentity
    {
        public TransformJobIdentity(string nameOrArn)
        {
            Input = nameOrArn ?? string.Empty;
            (Name, Problem) = ResourceNames.Parse(Input.Trim(), "transform-job", "TransformJobName", "a transform job");
        }

        public TransformJobIdentity(DescribeTransformJobResponse job)
            : this((job ?? throw new ArgumentNullException(nameof(job))).TransformJobName ?? string.Empty)
        {
        }

        public TransformJobIdentity(TransformJobSummary job)
            : this((job ?? throw new ArgumentNullException(nameof(job))).TransformJobName ?? string.Empty)
        {
        }

        /// <summary>The job name the API calls take.</summary>
        public string Name { get; }

        /// <summary>What the user gave, for error messages and TargetObject.</summary>
        public string Input { get; }

        /// <summary>Why the input names no transform job, or null when it does.</summary>
        public string? Problem { get; }

        public override string ToString() => Name;
    }
}
