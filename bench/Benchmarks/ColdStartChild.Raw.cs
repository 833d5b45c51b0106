using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using AutopilotTools.Bench.Harness;
using AutopilotTools.Bench.Wire;

namespace AutopilotTools.Bench.Benchmarks
{
    /// <summary>The raw reference's child, `dotnet bench.dll --child cold-raw`: one signed POST, no PowerShell.</summary>
    internal static partial class ColdStartChild
    {
        public static void RawSignedPost(string endpointUrl, string jobName)
        {
            var clock = Stopwatch.StartNew();
            using var client = new SignedSageMakerClient(endpointUrl);
            byte[] body = client.PostAsync("DescribeAutoMLJobV2", Encoding.UTF8.GetBytes($"{{\"AutoMLJobName\":\"{jobName}\"}}")).GetAwaiter().GetResult();
            double firstCall = Lap(clock);
            if (!Encoding.UTF8.GetString(body).Contains(jobName, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("The raw POST was not answered with the job.");
            }

            ChildReport.Emit(new Dictionary<string, double> { ["first_call_ms"] = firstCall });
        }
    }
}
