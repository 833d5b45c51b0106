using System.Collections.Generic;

namespace AutopilotTools.Local.SageMaker.Candidates
{
    /// <summary>A job's candidates: list.</summary>
    internal static class CandidatesFeature
    {
        public static IEnumerable<SageMakerOperation> Operations(SageMakerServices s)
        {
            yield return new ListCandidatesOperation(s.Jobs, s.Candidates).Operation();
        }
    }
}
