using System.Collections.Generic;

namespace AutopilotTools.Local.SageMaker.Validation
{
    /// <summary>
    /// Checks every SageMaker request after it is read and before the operation runs; any problem returned becomes
    /// the service's ValidationException ("N validation errors detected: ..."). The server uses
    /// <see cref="SharedCoreValidator"/>, the module's own rules; tests may plug in another.
    /// </summary>
    public interface IRequestValidator
    {
        /// <summary>The problems with <paramref name="request"/> (a model from AutopilotTools.Model), each a sentence; empty when valid.</summary>
        IReadOnlyList<string> Validate(object request);
    }
}
