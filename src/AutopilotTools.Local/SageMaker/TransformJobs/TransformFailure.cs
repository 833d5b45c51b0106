using System;

namespace AutopilotTools.Local.SageMaker.TransformJobs
{
    /// <summary>Why a transform job failed, in words for its FailureReason (the input object or model it concerns named).</summary>
    internal sealed class TransformFailure : Exception
    {
        public TransformFailure(string reason)
            : base(reason)
        {
        }
    }
}
