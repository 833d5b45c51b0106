using System;

namespace AutopilotTools.Local.Training
{
    /// <summary>Why a job cannot go on (its input is missing, its output bucket does not exist); the message is the job's FailureReason.</summary>
    internal sealed class JobFailure : Exception
    {
        public JobFailure(string message)
            : base(message)
        {
        }
    }
}
