using System.Collections.Generic;
using System.Linq;
using System.Text;
using AutopilotTools.Json;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker
{
    /// <summary>Stored documents are the wire JSON of the model classes, so what is stored is exactly what is described.</summary>
    internal static class Documents
    {
        public static string Serialize<T>(T document)
            where T : class => Encoding.UTF8.GetString(ServiceJson.Serialize(document, typeof(T)));

        public static T Deserialize<T>(string json) => ServiceJson.Deserialize<T>(Encoding.UTF8.GetBytes(json));

        /// <summary>Tags as the store keeps them.</summary>
        public static IReadOnlyList<KeyValuePair<string, string>> Tags(List<Tag>? tags) =>
            tags?.Select(t => new KeyValuePair<string, string>(t.Key!, t.Value ?? string.Empty)).ToList() ?? new List<KeyValuePair<string, string>>();
    }
}
