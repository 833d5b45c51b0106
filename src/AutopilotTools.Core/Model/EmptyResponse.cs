using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AutopilotTools.Model
{
    /// <summary>
    /// The response of an operation whose service model defines no output (StopAutoMLJob, DeleteModel and the like).
    /// The service still answers with a JSON object, usually empty; anything it does send is kept.
    /// </summary>
    public sealed class EmptyResponse
    {
        /// <summary>Members the service sent, kept so that they survive a round trip; NewerMembers reads them.</summary>
        [JsonExtensionData, JsonInclude]
        internal Dictionary<string, JsonElement>? AdditionalMembers { get; set; }
    }
}
