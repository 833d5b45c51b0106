using System.Collections.Generic;
using AutopilotTools.Validation;

namespace AutopilotTools.Local.SageMaker.Validation
{
    /// <summary>
    /// The module's validation core, so the server refuses exactly the requests the cmdlets refuse: shapes, unions and
    /// the cross-field rules of the API documentation. Shape rules are worded as the service words them
    /// (<see cref="AwsValidationMessages"/>); rules without an AWS form keep the module's sentence.
    /// </summary>
    public sealed class SharedCoreValidator : IRequestValidator
    {
        public IReadOnlyList<string> Validate(object request) => AwsValidationMessages.Format(RequestValidator.Validate(request));
    }
}
