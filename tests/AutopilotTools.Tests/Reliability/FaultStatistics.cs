using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace AutopilotTools.Tests.Reliability
{
    /// <summary>What the server reports about the current (or last) fault plan.</summary>
    public sealed record FaultStatistics(bool Active, long Requests, long Faulted, IReadOnlyDictionary<string, long> Faults)
    {
        public static FaultStatistics Parse(string json)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement root = document.RootElement;
            var faults = new Dictionary<string, long>();
            foreach (JsonProperty kind in root.GetProperty("faults").EnumerateObject())
            {
                faults[kind.Name] = kind.Value.GetInt64();
            }

            return new FaultStatistics(root.GetProperty("active").GetBoolean(), root.GetProperty("requests").GetInt64(), root.GetProperty("faulted").GetInt64(), faults);
        }

        /// <summary>"13 faults in 41 requests (throttling 3, 500 3, ...)", for test output and failure messages.</summary>
        public string Describe() => $"{Faulted} faults in {Requests} requests ({string.Join(", ", Faults.Select(f => f.Key + " " + f.Value))})";
    }
}
