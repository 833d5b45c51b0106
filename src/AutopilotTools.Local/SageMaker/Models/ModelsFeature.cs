using System.Collections.Generic;
using System.Linq;

namespace AutopilotTools.Local.SageMaker.Models
{
    /// <summary>Models: create, describe, delete, list.</summary>
    internal static class ModelsFeature
    {
        public static IEnumerable<SageMakerOperation> Operations(SageMakerServices s) =>
            ResourceOperations.ForModels(s.Models)
                .Prepend(new CreateModelOperation(s.Models, s.Region, s.Clock).Operation())
                .Append(ListModelsOperation.Operation(s.Models));
    }
}
