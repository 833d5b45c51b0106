using System.Text.Json;
using AutopilotTools.Json;

namespace AutopilotTools.Client.Pipeline
{
    /// <summary>
    /// The client's JSON: the service's conventions (<see cref="ServiceJson"/>) over metadata generated at build time
    /// for every request and response (<see cref="WireJsonMetadata"/>). By reflection, the first call of a session
    /// spent about 35 ms building the models' metadata and compiling an emitted accessor per member (benchmark 8).
    /// </summary>
    internal static class WireJson
    {
        // Not a member of WireJsonMetadata: the order of static initialisers across its generated partial files is
        // not defined, and its Default must exist first.
        public static readonly JsonSerializerOptions Options = ServiceJson.WithMetadata(WireJsonMetadata.Default);
    }
}
