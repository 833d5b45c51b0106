using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Management.Automation;
using System.Text;
using System.Threading.Tasks;
using Amazon.Runtime;
using AutopilotTools.Bench.Harness;
using AutopilotTools.Bench.Hosting;
using AutopilotTools.Bench.Servers;
using AutopilotTools.Bench.Wire;
using AutopilotTools.Client;
using AutopilotTools.Client.Connection;
using AutopilotTools.Model;

namespace AutopilotTools.Bench.Benchmarks
{
    /// <summary>
    /// 2. What one Get-AutoMLJobV2 call costs once everything is warm: 1,000 calls in one session, each a pipeline
    /// invocation of the cmdlet with explicit connection parameters, against a raw SigV4-signed HttpClient POST of the
    /// same request from the same process to the same loopback server. Two more series split the overhead: our typed
    /// SageMakerClient (AWSSDK.Core's pipeline, our models) called directly, and the empty module's trivial cmdlet
    /// invoked the same way (what the engine charges any command). The series take turns call by call, rotating who
    /// goes first, so drift and GC pressure fall on all of them.
    /// </summary>
    internal sealed class PerCallBenchmark : IBenchmark
    {
        public int Number => 2;

        public string Title => "per-call cost of Get-AutoMLJobV2, warm";

        public async Task<IReadOnlyList<ResultRow>> RunAsync(bool quick)
        {
            int calls = quick ? 100 : 1000;
            int warmUp = quick ? 20 : 100;
            await using CannedServer server = await CannedServer.StartAsync(new DescribeHandler().Handle);
            using var session = new HostedSession(BenchPaths.ModuleManifest);
            HostedSession.Import(session.Runspace, BenchPaths.EmptyModuleManifest);
            using PowerShell trivial = session.Command("Get-EmptyGreeting");
            using PowerShell cmdlet = session.Command("Get-AutoMLJobV2").AddArgument(DescribeHandler.JobName).WithConnection(server.Url);
            using var raw = new SignedSageMakerClient(server.Url);
            byte[] request = Encoding.UTF8.GetBytes($"{{\"AutoMLJobName\":\"{DescribeHandler.JobName}\"}}");

            void CallCmdlet()
            {
                var output = cmdlet.Invoke();
                if (cmdlet.HadErrors || output.Count != 1)
                {
                    throw new InvalidOperationException("Get-AutoMLJobV2 failed: " + string.Join("; ", cmdlet.Streams.Error));
                }

                cmdlet.Streams.ClearStreams();
            }

            void CallRaw() => raw.PostAsync("DescribeAutoMLJobV2", request).GetAwaiter().GetResult();

            ISageMakerApi typed = ClientCache.SageMaker(new ResolvedConnection(
                BenchConnection.Region, new BasicAWSCredentials(BenchConnection.AccessKey, BenchConnection.SecretKey), server.Url, "bench", "bench", "bench"));
            void CallTyped() => typed.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = DescribeHandler.JobName }).GetAwaiter().GetResult();

            void CallTrivial()
            {
                if (trivial.Invoke().Count != 1 || trivial.HadErrors)
                {
                    throw new InvalidOperationException("Get-EmptyGreeting failed.");
                }
            }

            var series = new (Action Call, List<double> Us)[]
            {
                (CallCmdlet, new List<double>(calls)), (CallRaw, new List<double>(calls)), (CallTyped, new List<double>(calls)), (CallTrivial, new List<double>(calls)),
            };
            for (int i = 0; i < warmUp; i++)
            {
                foreach (var (call, _) in series)
                {
                    call();
                }
            }

            var clock = new Stopwatch();
            for (int i = 0; i < calls; i++)
            {
                for (int k = 0; k < series.Length; k++)
                {
                    var (call, us) = series[(i + k) % series.Length];
                    clock.Restart();
                    call();
                    us.Add(clock.Elapsed.TotalMilliseconds * 1000);
                }
            }

            List<double> cmdletUs = series[0].Us, rawUs = series[1].Us, typedUs = series[2].Us, trivialUs = series[3].Us;
            double p50 = Stats.Percentile(cmdletUs, 50), typedP50 = Stats.Percentile(typedUs, 50);
            Log.Info($"  per call p50: cmdlet {p50:N0} µs = engine {Stats.Percentile(trivialUs, 50):N0} + typed client {typedP50:N0} + the rest {p50 - typedP50 - Stats.Percentile(trivialUs, 50):N0}");
            string n = $"{calls:N0} calls in one session";
            return new[]
            {
                new ResultRow(2, $"Get-AutoMLJobV2 <name>, p50 of {n}", Figure.Us(p50),
                    "raw signed HttpClient POST, same request and server, p50", Figure.Us(Stats.Percentile(rawUs, 50))),
                new ResultRow(2, $"Get-AutoMLJobV2 <name>, p95 of {n}", Figure.Us(Stats.Percentile(cmdletUs, 95)),
                    "raw signed HttpClient POST, p95", Figure.Us(Stats.Percentile(rawUs, 95))),
                new ResultRow(2, "↳ of which the SDK and HTTP: our typed SageMakerClient called directly, p50", Figure.Us(typedP50),
                    "raw signed HttpClient POST, p50", Figure.Us(Stats.Percentile(rawUs, 50))),
                new ResultRow(2, "↳ of which the engine: a trivial binary cmdlet (empty module) invoked the same way, p50", Figure.Us(Stats.Percentile(trivialUs, 50)),
                    "Get-AutoMLJobV2, p50", Figure.Us(p50)),
            };
        }
    }
}
