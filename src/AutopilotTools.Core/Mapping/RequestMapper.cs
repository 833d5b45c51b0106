using System;
using System.Collections.Generic;
using System.Text.Json;
using AutopilotTools.Model;
using AutopilotTools.Validation;

namespace AutopilotTools.Mapping
{
    /// <summary>
    /// Turns whatever a user hands over — a hashtable, nested dictionaries and lists, a JSON string like the CLI's
    /// --cli-input-json, a JsonElement, typed model objects, or a mix — into a typed model. Member names and enum
    /// values match ignoring case and come out in the model's spelling. It reports what it cannot map and does not
    /// validate: the caller applies explicit parameters on top, then runs <see cref="RequestValidator"/>.
    /// </summary>
    public static class RequestMapper
    {
        public static MappingResult<T> Map<T>(object? document)
            where T : class, new()
        {
            MappingResult<object> result = Map(typeof(T), document);
            return new MappingResult<T>((T?)result.Value, result.Errors);
        }

        /// <summary>Maps <paramref name="document"/>, adding what cannot be mapped to <paramref name="errors"/>.</summary>
        public static T? Map<T>(object document, List<ValidationError> errors)
            where T : class, new()
        {
            MappingResult<T> result = Map<T>(document);
            errors.AddRange(result.Errors);
            return result.Value;
        }

        /// <summary>
        /// Maps <paramref name="document"/> onto <paramref name="modelType"/>. Null gives a new, empty instance; an
        /// instance of the type is returned as it is.
        /// </summary>
        public static MappingResult<object> Map(Type modelType, object? document)
        {
            if (modelType == null)
            {
                throw new ArgumentNullException(nameof(modelType));
            }

            StructureInfo structure = StructureInfo.Of(modelType)
                ?? throw new ArgumentException($"{modelType.FullName} is not a model class.", nameof(modelType));

            var errors = new List<ValidationError>();
            object? source = PowerShellObjects.Unwrap(document);
            object? value;
            if (InputShapes.IsNull(source))
            {
                value = Activator.CreateInstance(modelType);
            }
            else if (source is string text)
            {
                value = FromJsonText(text, structure, errors);
            }
            else
            {
                value = new DocumentMapper(errors).Structure(source!, structure, string.Empty);
            }

            return new MappingResult<object>(value, errors);
        }

        private static object? FromJsonText(string text, StructureInfo structure, List<ValidationError> errors)
        {
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            }
            catch (JsonException e)
            {
                errors.Add(new ValidationError(string.Empty, text, ValidationRule.WrongType, $"The input text is not a JSON object: {e.Message}"));
                return null;
            }

            // Values are copied out of the document while it is open; nothing keeps a reference into it.
            using (json)
            {
                return new DocumentMapper(errors).Structure(json.RootElement, structure, string.Empty);
            }
        }
    }
}
