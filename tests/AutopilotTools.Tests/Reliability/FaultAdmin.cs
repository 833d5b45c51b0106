using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace AutopilotTools.Tests.Reliability
{
    /// <summary>
    /// The local server's fault admin call (<c>/_autopilot/faults</c>, served with --fault-injection), over HTTP as a
    /// test against a child process would use it.
    /// </summary>
    public sealed class FaultAdmin
    {
        /// <summary>Every kind, in the order the server takes them in turn.</summary>
        public static readonly string[] AllKinds = { "throttling", "500", "503", "slow", "drop" };

        /// <summary>The kinds that fail a request (all but slow).</summary>
        public static readonly string[] FailingKinds = { "throttling", "500", "503", "drop" };

        private static readonly HttpClient Http = new HttpClient();

        private readonly Uri _uri;

        public FaultAdmin(string serverUrl) => _uri = new Uri(serverUrl + "/_autopilot/faults");

        /// <summary>
        /// The suite's 30% plan: every kind in turn, seeded, short pauses, and at most 2 faults per SDK call, the
        /// retries the SDK's standard mode makes (see FaultInjectionTests for why the cap, in numbers).
        /// </summary>
        public static object ThirtyPercent(int seed) => new { rate = 0.3, kinds = AllKinds, seed, slowMs = 20, maxFaultsPerCall = 2 };

        /// <summary>Starts a plan: an object with the plan's members (rate, kinds, seed, operations, slowMs, maxFaultsPerCall).</summary>
        public Task<FaultStatistics> StartAsync(object plan) => SendAsync(HttpMethod.Post, JsonSerializer.Serialize(plan));

        public Task<FaultStatistics> StopAsync() => SendAsync(HttpMethod.Delete, null);

        public Task<FaultStatistics> StatisticsAsync() => SendAsync(HttpMethod.Get, null);

        /// <summary>The raw answer, for tests of the admin call itself.</summary>
        public async Task<(int Status, string Body)> ExchangeAsync(HttpMethod method, string? body)
        {
            using var request = new HttpRequestMessage(method, _uri) { Content = body == null ? null : new StringContent(body, Encoding.UTF8, "application/json") };
            using HttpResponseMessage response = await Http.SendAsync(request);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        private async Task<FaultStatistics> SendAsync(HttpMethod method, string? body)
        {
            (int status, string text) = await ExchangeAsync(method, body);
            if (status != 200)
            {
                throw new InvalidOperationException($"The fault admin call answered {status}: {text}");
            }

            return FaultStatistics.Parse(text);
        }
    }
}
