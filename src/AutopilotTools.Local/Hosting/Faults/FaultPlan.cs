using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace AutopilotTools.Local.Hosting.Faults
{
    /// <summary>
    /// Which requests get a fault and which: <c>{"rate": 0.3, "kinds": ["throttling", "500", "503", "slow", "drop"],
    /// "seed": 7, "operations": ["SageMaker", "S3.PUT"], "slowMs": 200, "maxFaultsPerCall": 2}</c>. Only the rate is
    /// required; by default every kind, seed 0, every operation, 200 ms and no cap.
    /// </summary>
    internal sealed class FaultPlan
    {
        /// <summary>The kinds by the names the admin call uses.</summary>
        public static readonly IReadOnlyDictionary<string, FaultKind> KindNames = new Dictionary<string, FaultKind>(StringComparer.OrdinalIgnoreCase)
        {
            ["throttling"] = FaultKind.Throttling,
            ["500"] = FaultKind.InternalError,
            ["503"] = FaultKind.ServiceUnavailable,
            ["slow"] = FaultKind.Slow,
            ["drop"] = FaultKind.Drop,
        };

        private static readonly string[] Members = { "rate", "kinds", "seed", "operations", "slowMs", "maxFaultsPerCall" };

        /// <summary>The share of covered requests that get a fault, from 0 to 1.</summary>
        public double Rate { get; private init; }

        /// <summary>The kinds, taken in turn: the n-th fault is <c>Kinds[n % Kinds.Count]</c>, so every kind occurs.</summary>
        public IReadOnlyList<FaultKind> Kinds { get; private init; } = Array.Empty<FaultKind>();

        /// <summary>Seeds the draws, so the same requests in the same order get the same faults.</summary>
        public int Seed { get; private init; }

        /// <summary>Services (<c>S3</c>) or operations (<c>SageMaker.ListAutoMLJobs</c>) that get faults; empty for all.</summary>
        public IReadOnlyCollection<string> Operations { get; private init; } = Array.Empty<string>();

        public int SlowMilliseconds { get; private init; }

        /// <summary>
        /// At most this many faults per SDK call: attempts after it (by the attempt number AWS SDKs send in
        /// <c>amz-sdk-request</c>) pass. Null for no cap, as a real outage has none.
        /// </summary>
        public int? MaxFaultsPerCall { get; private init; }

        public bool Covers(ServiceCall call) => Operations.Count == 0 || Operations.Contains(call.Service) || Operations.Contains(call.Name);

        /// <summary>Reads a plan; <see cref="FormatException"/> says what is wrong with it.</summary>
        public static FaultPlan Parse(JsonElement json)
        {
            if (json.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("The fault plan must be a JSON object.");
            }

            string? unknown = json.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => !Members.Contains(n, StringComparer.Ordinal));
            if (unknown != null)
            {
                throw new FormatException($"Unknown member '{unknown}'; a fault plan has {string.Join(", ", Members)}.");
            }

            double rate = json.TryGetProperty("rate", out JsonElement r) && r.TryGetDouble(out double value) && value >= 0 && value <= 1
                ? value
                : throw new FormatException("'rate' must be a number from 0 to 1.");
            return new FaultPlan
            {
                Rate = rate,
                Kinds = json.TryGetProperty("kinds", out JsonElement kinds) ? KindsOf(kinds) : KindNames.Values.ToList(),
                Seed = Integer(json, "seed", int.MinValue, int.MaxValue) ?? 0,
                Operations = json.TryGetProperty("operations", out JsonElement operations) ? Strings(operations, "operations") : Array.Empty<string>(),
                SlowMilliseconds = Integer(json, "slowMs", 0, 600_000) ?? 200,
                MaxFaultsPerCall = Integer(json, "maxFaultsPerCall", 0, int.MaxValue),
            };
        }

        /// <summary>The plan as the admin call shows it.</summary>
        public object ToJson() => new
        {
            rate = Rate,
            kinds = Kinds.Select(NameOf).ToArray(),
            seed = Seed,
            operations = Operations.ToArray(),
            slowMs = SlowMilliseconds,
            maxFaultsPerCall = MaxFaultsPerCall,
        };

        public static string NameOf(FaultKind kind) => KindNames.First(k => k.Value == kind).Key;

        private static List<FaultKind> KindsOf(JsonElement kinds)
        {
            var result = Strings(kinds, "kinds").Select(name => KindNames.TryGetValue(name, out FaultKind kind)
                ? kind
                : throw new FormatException($"Unknown fault kind '{name}'; the kinds are {string.Join(", ", KindNames.Keys)}.")).ToList();
            return result.Count > 0 ? result : throw new FormatException("'kinds' must name at least one kind.");
        }

        private static IReadOnlyCollection<string> Strings(JsonElement list, string member) =>
            list.ValueKind == JsonValueKind.Array && list.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
                ? list.EnumerateArray().Select(e => e.GetString()!).Distinct(StringComparer.Ordinal).ToList()
                : throw new FormatException($"'{member}' must be a list of strings.");

        private static int? Integer(JsonElement json, string member, int min, int max)
        {
            if (!json.TryGetProperty(member, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return value.TryGetInt32(out int number) && number >= min && number <= max
                ? number
                : throw new FormatException($"'{member}' must be a whole number from {min} to {max}.");
        }
    }
}
