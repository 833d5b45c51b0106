using System.Collections;
using System.Text.Json;
using AutopilotTools.Model;

namespace AutopilotTools.Mapping
{
    /// <summary>An input value as WrongType messages name it: "the string 'x'", "a list", "the number 1.5".</summary>
    internal static class SourceText
    {
        public static string Describe(object value)
        {
            switch (value)
            {
                case string text:
                    return "the string " + Validation.ValueText.Describe(text);
                case bool flag:
                    return flag ? "true" : "false";
                case JsonElement json:
                    return DescribeJson(json);
                case IDictionary _:
                    return "a dictionary";
                case IEnumerable _:
                    return "a list";
                default:
                    if (StructureInfo.Of(value.GetType()) != null)
                    {
                        return "a " + value.GetType().Name;
                    }

                    return value is System.IFormattable ? "the " + TypeWord(value) + " " + Validation.ValueText.Describe(value) : "a " + value.GetType().Name;
            }
        }

        private static string DescribeJson(JsonElement json)
        {
            switch (json.ValueKind)
            {
                case JsonValueKind.Object:
                    return "a JSON object";
                case JsonValueKind.Array:
                    return "a JSON array";
                case JsonValueKind.String:
                    return "the string " + Validation.ValueText.Describe(json.GetString());
                case JsonValueKind.Number:
                    return "the number " + json.GetRawText();
                default:
                    return json.GetRawText();
            }
        }

        private static string TypeWord(object value) => value is System.DateTime || value is System.DateTimeOffset ? "time" : "number";
    }
}
