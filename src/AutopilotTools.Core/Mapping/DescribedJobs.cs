using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using AutopilotTools.Json;
using AutopilotTools.Model;

namespace AutopilotTools.Mapping
{
    /// <summary>
    /// A described job handed to a create cmdlet (a job object from Get-AutoMLJobV2 or Get-AutoMLJob, its
    /// ConvertTo-Json text, or that text back through ConvertFrom-Json) stands for the request that would make it
    /// again: its request members are kept, and what only the service writes (status, times, ARNs, BestCandidate,
    /// ResolvedAttributes, …) and the job objects' convenience members are dropped. Which members are which is read
    /// from the model classes, not listed by hand. A described job is told by its AutoMLJobArn, which no request has.
    /// </summary>
    public static class DescribedJobs
    {
        private const string MarkerMember = "AutoMLJobArn";

        /// <summary>Every member a job object shows: the describe responses' members and the convenience members.</summary>
        private static readonly HashSet<string> JobObjectMembers = new HashSet<string>(
            new[] { typeof(AutoMLJob), typeof(AutoMLJobV1) }
                .SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                .Select(property => property.Name),
            StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// The request members of <paramref name="input"/> when it is a described job, as a document for
        /// <see cref="RequestMapper"/>; anything else is returned as it is, for the mapper to judge.
        /// </summary>
        public static object? AsRequestDocument(object? input, Type requestType)
        {
            StructureInfo request = StructureInfo.Of(requestType ?? throw new ArgumentNullException(nameof(requestType)))
                ?? throw new ArgumentException($"{requestType.FullName} is not a model class.", nameof(requestType));
            List<KeyValuePair<string, object?>>? entries = EntriesOf(PowerShellObjects.Unwrap(input), requestType);
            if (entries == null || !entries.Any(entry => string.Equals(entry.Key, MarkerMember, StringComparison.OrdinalIgnoreCase)))
            {
                return input;
            }

            // Keys that are neither request members nor job members stay, so a misspelt key is still reported.
            var document = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
            foreach (KeyValuePair<string, object?> entry in entries)
            {
                if (request.Find(entry.Key) != null || !JobObjectMembers.Contains(entry.Key))
                {
                    document[entry.Key] = entry.Value;
                }
            }

            return document;
        }

        private static List<KeyValuePair<string, object?>>? EntriesOf(object? source, Type requestType)
        {
            switch (source)
            {
                case null:
                    return null;
                case string text:
                    return JsonEntries(text);
                default:
                    // A typed job goes through its wire form: the request gets copies, never the job's own objects.
                    if (!requestType.IsInstanceOfType(source) && StructureInfo.Of(source.GetType()) != null)
                    {
                        return JsonEntries(System.Text.Encoding.UTF8.GetString(ServiceJson.Serialize(source, source.GetType())));
                    }

                    return InputShapes.TryEntries(source, out IEnumerable<KeyValuePair<string, object?>> entries) ? entries.ToList() : null;
            }
        }

        private static List<KeyValuePair<string, object?>>? JsonEntries(string text)
        {
            try
            {
                using JsonDocument json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                return json.RootElement.ValueKind == JsonValueKind.Object
                    ? json.RootElement.EnumerateObject().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value.Clone())).ToList()
                    : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
