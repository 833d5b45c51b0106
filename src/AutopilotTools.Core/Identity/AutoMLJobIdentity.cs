using System;
using AutopilotTools.Model;

namespace AutopilotTools.Identity
{
    /// <summary>
    /// Names one AutoML job, whatever the user has at hand: its name, its ARN, or a job object. PowerShell converts a
    /// string or a job to this type when binding, so every cmdlet parses and checks job identities in this one place,
    /// before any request is sent. A bad value does not fail the binding (PowerShell would replace our message with a
    /// generic one for pipeline input); it carries its <see cref="Problem"/>, which the cmdlet reports as an error.
    /// </summary>
    public sealed class AutoMLJobIdentity
    {
        public AutoMLJobIdentity(string nameOrArn)
        {
            Input = nameOrArn ?? string.Empty;
            (Name, Problem) = ResourceNames.Parse(Input.Trim(), "automl-job", "AutoMLJobName", "an AutoML job");
        }

        public AutoMLJobIdentity(AutoMLJob job)
            : this((job ?? throw new ArgumentNullException(nameof(job))).AutoMLJobName ?? string.Empty)
        {
        }

        public AutoMLJobIdentity(AutoMLJobV1 job)
            : this((job ?? throw new ArgumentNullException(nameof(job))).AutoMLJobName ?? string.Empty)
        {
        }

        public AutoMLJobIdentity(AutoMLJobSummary job)
            : this((job ?? throw new ArgumentNullException(nameof(job))).AutoMLJobName ?? string.Empty)
        {
        }

        /// <summary>A candidate names its job, so candidates pipe on to cmdlets that take a job.</summary>
        public AutoMLJobIdentity(AutoMLCandidate candidate)
            : this((candidate ?? throw new ArgumentNullException(nameof(candidate))).AutoMLJobName)
        {
        }

        /// <summary>The job name the API calls take.</summary>
        public string Name { get; }

        /// <summary>What the user gave, for error messages and TargetObject.</summary>
        public string Input { get; }

        /// <summary>Why the input names no job, or null when it does.</summary>
        public string? Problem { get; }

        public override string ToString() => Name;
    }
}
