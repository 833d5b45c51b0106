using System;
using System.Collections.Generic;
using AutopilotTools.Model;
using AutopilotTools.Validation.CrossField;

namespace AutopilotTools.Validation
{
    /// <summary>
    /// Checks a typed request (any model class) against the service model's shapes and, for the job requests, the
    /// documented cross-field rules, so that a bad request is refused with every reason at once before it is sent.
    /// </summary>
    public static class RequestValidator
    {
        /// <summary>
        /// Every error in <paramref name="request"/>: the shape checks depth-first in member order, then the
        /// cross-field rules registered for its type. Empty when the request is valid.
        /// </summary>
        public static IReadOnlyList<ValidationError> Validate(object request)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            StructureInfo structure = StructureInfo.Of(request.GetType())
                ?? throw new ArgumentException($"{request.GetType().FullName} is not a model class.", nameof(request));

            var errors = new List<ValidationError>();
            new StructureChecks(errors).Structure(request, structure, string.Empty);
            errors.AddRange(CrossFieldRegistry.Check(request));
            return errors;
        }
    }
}
