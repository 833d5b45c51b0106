using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using AutopilotTools.Tests.Hosting;
using AutopilotTools.Tests.Local;

namespace AutopilotTools.Tests.Help
{
    /// <summary>
    /// What the local server shipped in out/AutopilotTools can do, asked of the server itself, so that help examples
    /// marked <c>&lt;!-- runs-after: training --&gt;</c> (or endpoints) run as soon as it can, with no flag to flip.
    /// A "capabilities" list in its health document (GET /) is the answer when there is one. Without it: endpoints
    /// are there when DescribeModel and DescribeEndpoint are implemented (not UnknownOperationException), and
    /// training when, on top of that, a tiny job completes within a minute; the job is only tried once the server has
    /// models, since until then no trained candidate could be deployed or tested anyway, and waiting for a job that
    /// never trains would only slow the suite.
    /// </summary>
    internal static class LocalServerCapabilities
    {
        public const string Training = "training";
        public const string Endpoints = "endpoints";

        private static readonly TimeSpan TinyJobBudget = TimeSpan.FromSeconds(60);
        private static readonly Lazy<Detection> Detected = new Lazy<Detection>(Detect);

        /// <summary>Null when the server can do everything <paramref name="needs"/> lists, else why the examples wait.</summary>
        public static string? WhyNot(IReadOnlyCollection<string> needs)
        {
            Detection detection = Detected.Value;
            var missing = needs.Where(n => !detection.Available.Contains(n)).ToList();
            return missing.Count == 0
                ? null
                : $"Deferred until the local server can do {string.Join(" and ", missing)} (marked <!-- runs-after: {string.Join(", ", needs)} --> in its help source): {detection.Evidence}";
        }

        internal sealed record Detection(IReadOnlySet<string> Available, string Evidence);

        /// <summary>
        /// Asks the server at <paramref name="url"/>; <paramref name="tinyJobCompletes"/> is only called when the
        /// answer depends on it.
        /// </summary>
        internal static Detection Ask(string url, Func<bool> tinyJobCompletes)
        {
            using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
            return Declared(http) ?? Probed(http, tinyJobCompletes);
        }

        private static Detection Detect()
        {
            string dataPath = TempDirectories.Create();
            try
            {
                using var session = new PowerShellSession();
                PSObject server = session.RunScript("Start-AutoMLLocalServer -DataPath $args[0]", Path.Combine(dataPath, "server")).ThrowIfErrors().Output.Single();
                return Ask((string)server.Properties["Url"].Value, () => TinyJobCompletes(session, dataPath));
            }
            catch (Exception e) when (e is InvalidOperationException || e is HttpRequestException || e is JsonException || e is RuntimeException || e is IOException)
            {
                return new Detection(new HashSet<string>(), "the local server could not be started or asked (" + e.Message + ")");
            }
            finally
            {
                TempDirectories.Remove(dataPath);
            }
        }

        /// <summary>The health document's "capabilities": ["training", "endpoints", ...], if it has one.</summary>
        private static Detection? Declared(HttpClient http)
        {
            using JsonDocument health = JsonDocument.Parse(http.GetStringAsync("/").GetAwaiter().GetResult());
            if (!health.RootElement.TryGetProperty("capabilities", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var available = list.EnumerateArray().Select(c => c.GetString()?.ToLowerInvariant()).Where(c => c != null).Select(c => c!).ToHashSet();
            return new Detection(available, $"its health document (GET /) lists the capabilities [{string.Join(", ", available.OrderBy(c => c))}].");
        }

        private static Detection Probed(HttpClient http, Func<bool> tinyJobCompletes)
        {
            const string NoField = "its health document (GET /) has no \"capabilities\" list";
            foreach ((string operation, string member) in new[] { ("DescribeModel", "ModelName"), ("DescribeEndpoint", "EndpointName") })
            {
                if (!Implements(http, operation, member))
                {
                    return new Detection(new HashSet<string>(), $"{NoField}, and it answers {operation} with UnknownOperationException, so it has no models or endpoints (and no training to make them from).");
                }
            }

            return tinyJobCompletes()
                ? new Detection(new HashSet<string> { Endpoints, Training }, $"{NoField}; it implements models and endpoints, and a tiny job completed.")
                : new Detection(new HashSet<string> { Endpoints }, $"{NoField}; it implements models and endpoints, but a tiny job did not complete within {TinyJobBudget.TotalSeconds} s.");
        }

        private static bool TinyJobCompletes(PowerShellSession session, string dataPath)
        {
            RunResult job = session.RunScript(@"
                $rows = foreach ($i in 1..120) { '{0},{1},{2}' -f ($i % 40), ('a', 'b')[$i % 2], ('no', 'yes')[[int](($i % 40) -lt 10)] }
                [System.IO.File]::WriteAllLines($args[0], @('x,kind,label') + $rows)
                New-AutoMLJobV2 capability-probe -TrainingData $args[0] -TargetAttributeName label -OutputPath s3://capability-probe/out `
                    -MaxCandidates 1 -RoleArn arn:aws:iam::111122223333:role/probe |
                    Wait-AutoMLJob -PollInterval 1 -Timeout $args[1] -ErrorAction SilentlyContinue",
                Path.Combine(dataPath, "probe.csv"), (int)TinyJobBudget.TotalSeconds);
            return "Completed".Equals(job.Output.FirstOrDefault()?.Properties["AutoMLJobStatus"]?.Value);
        }

        /// <summary>A describe of something that does not exist: "not found" if the operation is there, UnknownOperationException if not.</summary>
        private static bool Implements(HttpClient http, string operation, string member)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/")
            {
                Content = new StringContent($"{{\"{member}\":\"capability-probe\"}}", Encoding.UTF8, "application/x-amz-json-1.1"),
            };
            request.Headers.Add("X-Amz-Target", "SageMaker." + operation);
            using HttpResponseMessage response = http.SendAsync(request).GetAwaiter().GetResult();
            string body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            return !body.Contains("UnknownOperationException", StringComparison.Ordinal);
        }
    }
}
