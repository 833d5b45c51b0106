using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Validation;

namespace AutopilotTools.Local.SageMaker.Validation
{
    /// <summary>
    /// The module's validation core, so the server refuses exactly the requests the cmdlets refuse, with the same
    /// words: shapes, unions and the cross-field rules of the API documentation.
    /// </summary>
    public sealed class SharedCoreValidator : IRequestValidator
    {
        public IReadOnlyList<string> Validate(object request) => RequestValidator.Validate(request).Select(e => e.Message).ToList();
    }
}
