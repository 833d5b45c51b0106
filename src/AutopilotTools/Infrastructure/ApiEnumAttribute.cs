using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;

namespace AutopilotTools.Infrastructure
{
    /// <summary>
    /// Accepts a service enum value in any casing, as PowerShell users expect, and passes on the canonical value the
    /// wire needs. An unknown value fails at binding time with the list of allowed values. The values come from the
    /// generated enum class, never from a hand-written list.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ApiEnumAttribute : ArgumentTransformationAttribute
    {
        public ApiEnumAttribute(Type enumClass) => Values = ApiEnumValues.Of(enumClass);

        public IReadOnlyList<string> Values { get; }

        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = PSObjects.Unwrap(inputData);
            if (!(value is string text))
            {
                return inputData;
            }

            return Values.FirstOrDefault(v => string.Equals(v, text, StringComparison.OrdinalIgnoreCase))
                ?? throw new ArgumentTransformationMetadataException($"'{text}' is not one of the allowed values: {string.Join(", ", Values)}.");
        }
    }

    /// <summary>Reads the Values list of a generated enum class.</summary>
    internal static class ApiEnumValues
    {
        public static IReadOnlyList<string> Of(Type enumClass) =>
            enumClass.GetField("Values", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IReadOnlyList<string>
            ?? throw new ArgumentException(enumClass.FullName + " is not a generated service enum (it has no Values).", nameof(enumClass));
    }
}
