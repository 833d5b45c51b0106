using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Json;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker
{
    /// <summary>Stored documents are the wire JSON of the model classes, so what is stored is exactly what is described.</summary>
    internal static class Documents
    {
        public static string Serialize<T>(T document)
            where T : class => Encoding.UTF8.GetString(ServiceJson.Serialize(document, typeof(T)));

        public static T Deserialize<T>(string json) => ServiceJson.Deserialize<T>(Encoding.UTF8.GetBytes(json));

        /// <summary>Stores a new named resource with its tags; one of that name already is the service's ResourceInUse.</summary>
        public static async Task AddAsync(IResourceStore store, string kind, ResourceRecord record, List<Tag>? tags, CancellationToken cancellationToken)
        {
            if (!await store.TryAddAsync(record, Tags(tags), cancellationToken))
            {
                throw SageMakerError.AlreadyExists(kind, record.Arn);
            }
        }

        /// <summary>Tags as the store keeps them.</summary>
        public static IReadOnlyList<KeyValuePair<string, string>> Tags(List<Tag>? tags) =>
            tags?.Select(t => new KeyValuePair<string, string>(t.Key!, t.Value ?? string.Empty)).ToList() ?? new List<KeyValuePair<string, string>>();
    }
}
