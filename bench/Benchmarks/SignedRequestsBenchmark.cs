using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Amazon.Runtime;
using AutopilotTools.Bench.Harness;
using AutopilotTools.Bench.Throughput;
using AutopilotTools.Bench.Wire;
using AutopilotTools.Client.Connection;
using AutopilotTools.Local;
using AutopilotTools.Local.Hosting.Authentication;

namespace AutopilotTools.Bench.Benchmarks
{
    /// <summary>
    /// 7. What checking signatures costs the local server: DescribeAutoMLJobV2 requests per second from 8 concurrent
    /// raw signed HttpClient clients against a server given the clients' access key (every request's SigV4 signature
    /// and body hash verified), against the same clients on a server that checks nothing. Both servers run in this
    /// process on fresh data directories with the same job, and take turns round by round. Goal: at least 80%.
    /// </summary>
    internal sealed class SignedRequestsBenchmark : IBenchmark
    {
        private const int Clients = 8;

        public int Number => 7;

        public string Title => "local server: describe requests/s with signature checking against without";

        public async Task<IReadOnlyList<ResultRow>> RunAsync(bool quick)
        {
            using var data = new TempDirectory("signed");
            var open = new LocalServer(Options(data.File("open"), signed: false));
            var signed = new LocalServer(Options(data.File("signed"), signed: true));
            await open.StartAsync();
            await signed.StartAsync();
            try
            {
                byte[] describe = Encoding.UTF8.GetBytes($"{{\"AutoMLJobName\":\"{LocalServerBenchmark.JobName}\"}}");
                foreach (LocalServer server in new[] { open, signed })
                {
                    var connection = new ResolvedConnection(BenchConnection.Region, new BasicAWSCredentials(BenchConnection.AccessKey, BenchConnection.SecretKey), server.Url, "bench", "bench", "bench");
                    await ClientCache.SageMaker(connection).CreateAutoMLJobV2Async(LocalServerBenchmark.CreateRequest());
                }

                int rounds = quick ? 2 : 12;
                TimeSpan warmUp = TimeSpan.FromSeconds(0.5), duration = TimeSpan.FromSeconds(quick ? 1 : 2);
                var checking = new List<double>();
                var notChecking = new List<double>();
                var checkingCpu = new List<double>();
                var notCheckingCpu = new List<double>();
                async Task MeasureAsync(LocalServer server, List<double> rates, List<double> cpu)
                {
                    (double rate, double microseconds) = await ConcurrentLoad.MeasureAsync(server.Url, "DescribeAutoMLJobV2", describe, Clients, warmUp, duration);
                    rates.Add(rate);
                    cpu.Add(microseconds);
                }

                for (int round = 0; round < rounds; round++)
                {
                    // Alternate which goes first, so neither always meets the machine's other load at the same moment.
                    if (round % 2 == 0)
                    {
                        await MeasureAsync(signed, checking, checkingCpu);
                        await MeasureAsync(open, notChecking, notCheckingCpu);
                    }
                    else
                    {
                        await MeasureAsync(open, notChecking, notCheckingCpu);
                        await MeasureAsync(signed, checking, checkingCpu);
                    }

                    Log.Info($"  describe round {round + 1}: checking signatures {checking[^1]:N0} req/s ({checkingCpu[^1]:N0} µs CPU each), " +
                        $"not checking {notChecking[^1]:N0} req/s ({notCheckingCpu[^1]:N0} µs CPU each)");
                }

                if (signed.ReceivedRequests == 0)
                {
                    throw new InvalidOperationException("The signing server received no request: the load did not reach it.");
                }

                // The machine is shared: its load moves the rate several fold within a minute. Each round measures both
                // servers back to back, so the ratio within a round sees nearly the same load; its median is the figure
                // least moved by the rest of the machine.
                var ratios = checking.Zip(notChecking, (c, o) => c / o).ToList();
                string n = $"median of {rounds} rounds";
                return new[]
                {
                    new ResultRow(7, $"Local server checking SigV4 signatures: DescribeAutoMLJobV2, {Clients} concurrent raw signed HttpClient clients ({n} of {duration.TotalSeconds:0} s)",
                        Figure.Rps(Stats.Median(checking)), "same clients, same server without access keys (no checks)", Figure.Rps(Stats.Median(notChecking))),
                    new ResultRow(7, $"↳ the same as a ratio within each round, checking ÷ not checking ({n})", Figure.Score(Stats.Median(ratios))),
                    new ResultRow(7, $"↳ CPU time per describe in this process (server and clients), checking signatures ({n})",
                        Figure.Us(Stats.Median(checkingCpu)), "same, not checking", Figure.Us(Stats.Median(notCheckingCpu))),
                };
            }
            finally
            {
                await signed.StopAsync();
                await open.StopAsync();
            }
        }

        private static LocalServerOptions Options(string directory, bool signed)
        {
            var options = new LocalServerOptions { Port = 0, DataDirectory = directory, Region = BenchConnection.Region, Diagnostics = Console.Error, MaxConcurrentJobs = 0 };
            if (signed)
            {
                options.Credentials.Add(new LocalServerCredential(BenchConnection.AccessKey, BenchConnection.SecretKey));
            }

            return options;
        }
    }
}
