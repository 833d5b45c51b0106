using System.Collections.Generic;

namespace AutopilotTools.Local.SageMaker.Validation
{
    /// <summary>
    /// VALIDATION SEAM. The dispatcher calls this for every SageMaker request after reading it and before running the
    /// operation; any problem returned becomes the service's ValidationException ("N validation errors detected: ...").
    /// Today's implementation is <see cref="ShapeRulesValidator"/>. When the shared validation core lands, plug it in
    /// here with a one-line adapter, so the module and the server reject exactly the same requests:
    /// <code>
    /// sealed class SharedCoreValidator : IRequestValidator
    /// {
    ///     public IReadOnlyList&lt;string&gt; Validate(object request) =&gt;
    ///         AutopilotTools.Validation.RequestValidator.Validate(request).Select(e =&gt; e.Message).ToList();
    /// }
    /// </code>
    /// and make it the default of <see cref="LocalServerOptions.Validator"/>.
    /// </summary>
    public interface IRequestValidator
    {
        /// <summary>The problems with <paramref name="request"/> (a model from AutopilotTools.Model), each a sentence; empty when valid.</summary>
        IReadOnlyList<string> Validate(object request);
    }
}
