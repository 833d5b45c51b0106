using System.Collections.Generic;
using AutopilotTools.Validation;

namespace AutopilotTools.Mapping
{
    /// <summary>
    /// What a document mapped to, and why parts of it could not be mapped. <see cref="Value"/> holds whatever could
    /// be mapped even when there are errors (the members in error are left unset); it is null only when the input
    /// as a whole could not be read as the model.
    /// </summary>
    public sealed class MappingResult<T>
        where T : class
    {
        internal MappingResult(T? value, IReadOnlyList<ValidationError> errors)
        {
            Value = value;
            Errors = errors;
        }

        public T? Value { get; }

        public IReadOnlyList<ValidationError> Errors { get; }

        public bool Succeeded => Errors.Count == 0;
    }
}
