using System.Collections.Generic;
using System.Linq;
using Amazon;

namespace AutopilotTools.Client.Connection
{
    /// <summary>The regions this build of the SDK knows, offline, for completion (the module does not name SDK types).</summary>
    public static class KnownRegions
    {
        public static IReadOnlyList<string> Names { get; } =
            RegionEndpoint.EnumerableAllRegions.Select(region => region.SystemName).OrderBy(name => name, System.StringComparer.Ordinal).ToList();
    }
}
