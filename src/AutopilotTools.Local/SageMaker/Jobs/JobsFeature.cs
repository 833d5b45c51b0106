using System.Collections.Generic;
using System.Linq;

namespace AutopilotTools.Local.SageMaker.Jobs
{
    /// <summary>AutoML jobs: create (both APIs), describe, stop, list.</summary>
    internal static class JobsFeature
    {
        public static IEnumerable<SageMakerOperation> Operations(SageMakerServices s) =>
            new AutoMLJobOperations(s.Jobs, s.JobStopper, s.Runner, s.ProblemTypes, s.Region, s.Clock).Operations()
                .Append(ListAutoMLJobsOperation.Operation(s.Jobs));
    }
}
