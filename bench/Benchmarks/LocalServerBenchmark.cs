using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Amazon.Runtime;
using AutopilotTools.Bench.Harness;
using AutopilotTools.Bench.Servers;
using AutopilotTools.Bench.Throughput;
using AutopilotTools.Bench.Wire;
using AutopilotTools.Client.Connection;
using AutopilotTools.Local;
using AutopilotTools.Model;

namespace AutopilotTools.Bench.Benchmarks
{
    /// <summary>
    /// 5. The local server, started in this process on a fresh data directory (removed afterwards):
    /// DescribeAutoMLJobV2 requests per second from 8 concurrent raw signed HttpClient clients, against the same
    /// clients on a Kestrel endpoint that answers the same bytes and does nothing else (the HTTP floor on this machine);
    /// and S3 PutObject/GetObject MB/s of one object through AWSSDK.S3, against writing and reading the same bytes with
    /// FileStream on the same disk. Clients and server share the machine's cores, as they do when a user runs both.
    /// </summary>
    internal sealed class LocalServerBenchmark : IBenchmark
    {
        private const int Clients = 8;
        internal const string JobName = "bench-local-1";

        public int Number => 5;

        public string Title => "local server: describe requests/s at 8 clients; S3 MB/s against the disk";

        public async Task<IReadOnlyList<ResultRow>> RunAsync(bool quick)
        {
            using var data = new TempDirectory("local");
            Directory.CreateDirectory(data.File("disk"));
            var server = new LocalServer(new LocalServerOptions { Port = 0, DataDirectory = data.File("server"), Region = BenchConnection.Region, Diagnostics = Console.Error });
            await server.StartAsync();
            try
            {
                var rows = new List<ResultRow>();
                rows.Add(await DescribeThroughputAsync(server.Url, quick));
                rows.AddRange(await S3ThroughputAsync(server.Url, data.File("disk"), quick));
                return rows;
            }
            finally
            {
                await server.StopAsync();
            }
        }

        private static async Task<ResultRow> DescribeThroughputAsync(string url, bool quick)
        {
            var connection = new ResolvedConnection(BenchConnection.Region, new BasicAWSCredentials(BenchConnection.AccessKey, BenchConnection.SecretKey), url, "bench", "bench", "bench");
            await ClientCache.SageMaker(connection).CreateAutoMLJobV2Async(CreateRequest());

            byte[] describe = Encoding.UTF8.GetBytes($"{{\"AutoMLJobName\":\"{JobName}\"}}");
            byte[] answer;
            using (var probe = new SignedSageMakerClient(url))
            {
                answer = await probe.PostAsync("DescribeAutoMLJobV2", describe);
            }

            await using CannedServer floor = await CannedServer.StartAsync(_ => CannedReply.Json(answer));
            int rounds = quick ? 1 : 2;
            TimeSpan warmUp = TimeSpan.FromSeconds(quick ? 0.5 : 1), duration = TimeSpan.FromSeconds(quick ? 2 : 5);
            var local = new List<double>();
            var canned = new List<double>();
            for (int round = 0; round < rounds; round++)
            {
                local.Add(await ConcurrentLoad.RequestsPerSecondAsync(url, "DescribeAutoMLJobV2", describe, Clients, warmUp, duration));
                canned.Add(await ConcurrentLoad.RequestsPerSecondAsync(floor.Url, "DescribeAutoMLJobV2", describe, Clients, warmUp, duration));
                Log.Info($"  describe load round {round + 1}: local {local[^1]:N0} req/s, canned {canned[^1]:N0} req/s");
            }

            return new ResultRow(5, $"Local server: DescribeAutoMLJobV2, {Clients} concurrent raw signed HttpClient clients ({rounds}×{duration.TotalSeconds:0} s)",
                Figure.Rps(local.Average()), $"same clients, Kestrel answering the same bytes with no work", Figure.Rps(canned.Average()));
        }

        private static async Task<IReadOnlyList<ResultRow>> S3ThroughputAsync(string url, string diskDirectory, bool quick)
        {
            int megabytes = quick ? 20 : 100;
            int repetitions = quick ? 1 : 3;
            byte[] payload = new byte[megabytes * 1_000_000];
            new Random(5).NextBytes(payload);

            using var sdk = new S3Transfer(url);
            using var lean = new S3Transfer(url, sdkChecksums: false);
            await sdk.CreateBucketAsync();
            string diskFile = Path.Combine(diskDirectory, "reference.bin");
            byte[] small = payload.AsSpan(0, 1_000_000).ToArray();
            foreach (S3Transfer client in new[] { sdk, lean })
            {
                await client.PutMBpsAsync("warm-up", small);
                await client.GetMBpsAsync("warm-up", small.Length);
            }

            await S3Transfer.PlainGetMBpsAsync(url, "warm-up", small.Length);
            DiskTransfer.WriteMBps(diskFile, small);
            DiskTransfer.ReadMBps(diskFile);

            var figures = new Dictionary<string, List<double>>();
            void Add(string name, double value) => (figures.TryGetValue(name, out var list) ? list : figures[name] = new List<double>()).Add(value);
            for (int i = 0; i < repetitions; i++)
            {
                Add("put", await sdk.PutMBpsAsync("object", payload));
                Add("get", await sdk.GetMBpsAsync("object", payload.Length));
                Add("plain-get", await S3Transfer.PlainGetMBpsAsync(url, "object", payload.Length));
                Add("lean-put", await lean.PutMBpsAsync("lean-object", payload));
                Add("lean-get", await lean.GetMBpsAsync("object", payload.Length));
                Add("write", DiskTransfer.WriteMBps(diskFile, payload));
                Add("read", DiskTransfer.ReadMBps(diskFile));
                Log.Info($"  S3 {megabytes} MB round {i + 1}: " + string.Join(", ", figures.Select(f => $"{f.Key} {f.Value[^1]:N0}")) + " MB/s");
            }

            Figure Median(string name) => Figure.MBps(Stats.Median(figures[name]));
            string n = repetitions == 1 ? "one run" : $"median of {repetitions}";
            return new[]
            {
                new ResultRow(5, $"Local server: S3 PutObject of {megabytes} MB through AWSSDK.S3, SDK defaults ({n})", Median("put"),
                    "FileStream write of the same bytes + fsync, same disk", Median("write")),
                new ResultRow(5, $"Local server: S3 GetObject of {megabytes} MB through AWSSDK.S3, SDK defaults ({n})", Median("get"),
                    "FileStream read of the same file", Median("read")),
                new ResultRow(5, "↳ where GetObject's time goes: the same object by plain HttpClient GET (no SDK)", Median("plain-get"),
                    "FileStream read of the same file", Median("read")),
                new ResultRow(5, "↳ where PutObject's time goes: PutObject with SDK checksums only when required", Median("lean-put"),
                    "PutObject with SDK defaults (CRC32)", Median("put")),
                new ResultRow(5, "↳ where GetObject's time goes: GetObject with SDK checksums only when required", Median("lean-get"),
                    "GetObject with SDK defaults (CRC32 verified)", Median("get")),
            };
        }

        /// <summary>The job the describe benchmarks ask for (benchmark 7 too).</summary>
        internal static CreateAutoMLJobV2Request CreateRequest() => new CreateAutoMLJobV2Request
        {
            AutoMLJobName = JobName,
            AutoMLJobInputDataConfig = new List<AutoMLJobChannel>
            {
                new AutoMLJobChannel
                {
                    ChannelType = AutoMLChannelType.Training,
                    ContentType = "text/csv;header=present",
                    DataSource = new AutoMLDataSource { S3DataSource = new AutoMLS3DataSource { S3DataType = AutoMLS3DataType.S3Prefix, S3Uri = "s3://bench-data/train/" } },
                },
            },
            OutputDataConfig = new AutoMLOutputDataConfig { S3OutputPath = "s3://bench-data/output/" },
            AutoMLProblemTypeConfig = new AutoMLProblemTypeConfig { TabularJobConfig = new TabularJobConfig { TargetAttributeName = "churn", ProblemType = ProblemType.BinaryClassification } },
            AutoMLJobObjective = new AutoMLJobObjective { MetricName = "F1" },
            RoleArn = "arn:aws:iam::000000000000:role/autopilot",
        };
    }
}
