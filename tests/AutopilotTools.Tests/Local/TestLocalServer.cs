using System;
using System.Collections;
using System.IO;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.S3;
using AutopilotTools.Client;
using AutopilotTools.Client.Connection;
using AutopilotTools.Local;
using AutopilotTools.Local.ModelHosting;
using AutopilotTools.Tests.Hosting;
using AutopilotTools.Tests.Pretrained;

namespace AutopilotTools.Tests.Local
{
    /// <summary>
    /// A local server in this process on a free loopback port, with a data directory of its own that is removed
    /// afterwards; and the clients a user would point at it (AWSSDK.S3, our typed SageMaker client, the module).
    /// <para>Jobs are accepted but not trained unless asked (<see cref="StartTrainingAsync"/>): most tests look at jobs
    /// as the API left them, and training would move them on underneath.</para>
    /// </summary>
    public sealed class TestLocalServer : IAsyncDisposable
    {
        private readonly TimeProvider _clock;
        private readonly IModelHost? _modelHost;
        private readonly int _jobSlots;
        private readonly bool _faultInjection;
        private readonly string? _enginesDirectory;

        private TestLocalServer(string dataDirectory, TimeProvider clock, IModelHost? modelHost, int jobSlots, bool faultInjection, string? enginesDirectory = null)
        {
            _enginesDirectory = enginesDirectory;
            DataDirectory = dataDirectory;
            _clock = clock;
            _modelHost = modelHost;
            _jobSlots = jobSlots;
            _faultInjection = faultInjection;
            Server = new LocalServer(Options(dataDirectory, clock, modelHost, jobSlots, faultInjection, enginesDirectory));
        }

        public string DataDirectory { get; }

        public LocalServer Server { get; private set; }

        public string Url => Server.Url;

        /// <summary>The fault admin call of a server started with fault injection (<see cref="StartWithFaultsAsync"/>).</summary>
        public Reliability.FaultAdmin Faults => new Reliability.FaultAdmin(Url);

        public static Task<TestLocalServer> StartAsync(TimeProvider? clock = null) => StartAsync(clock, null);

        /// <summary>A server whose endpoints load their models with <paramref name="modelHost"/> (the server's own when null).</summary>
        internal static async Task<TestLocalServer> StartAsync(TimeProvider? clock, IModelHost? modelHost, int jobSlots = 0, bool faultInjection = false)
        {
            var host = new TestLocalServer(TempDirectories.Create(), clock ?? TimeProvider.System, modelHost, jobSlots, faultInjection);
            await host.Server.StartAsync();
            return host;
        }

        /// <summary>A server with fault injection on (no faults until a plan is set through <see cref="Faults"/>).</summary>
        public static Task<TestLocalServer> StartWithFaultsAsync(int jobSlots = 0) => StartAsync(null, null, jobSlots, faultInjection: true);

        /// <summary>A server as users run it: jobs train (one per core unless told) and endpoints run the models they trained.</summary>
        public static Task<TestLocalServer> StartTrainingAsync(int? jobSlots = null) => StartAsync(null, null, jobSlots ?? Environment.ProcessorCount);

        /// <summary>A training server with the optional engine of pretrained encoders loaded from out/AutopilotTools.Pretrained/.</summary>
        /// <param name="clock">The server's clock (the system's unless given): its timers are the jobs' runtime limits.</param>
        public static async Task<TestLocalServer> StartWithPretrainedEngineAsync(TimeProvider? clock = null)
        {
            var host = new TestLocalServer(TempDirectories.Create(), clock ?? TimeProvider.System, null, Environment.ProcessorCount, false, PretrainedEngine.Directory);
            await host.Server.StartAsync();
            return host;
        }

        public static LocalServerOptions Options(string dataDirectory, TimeProvider clock) => Options(dataDirectory, clock, null, 0, false);

        internal static LocalServerOptions Options(string dataDirectory, TimeProvider clock, IModelHost? modelHost, int jobSlots, bool faultInjection, string? enginesDirectory = null) => new LocalServerOptions
        {
            // None unless asked: the test process's own folder has no engines, so a server without one refuses their problem types.
            EnginesDirectory = enginesDirectory ?? Path.Combine(dataDirectory, "no-engines"),
            Clock = clock,
            Port = 0,
            DataDirectory = dataDirectory,
            Region = FakeSageMaker.Region,
            Diagnostics = Console.Error,
            ModelHost = modelHost,
            MaxConcurrentJobs = jobSlots,
            FaultInjection = faultInjection,
        };

        /// <summary>Stops this server and starts a new one on the same data directory, as a restart of the program would.</summary>
        public async Task RestartAsync()
        {
            await Server.StopAsync();
            Server = new LocalServer(Options(DataDirectory, _clock, _modelHost, _jobSlots, _faultInjection, _enginesDirectory));
            await Server.StartAsync();
        }

        public AmazonS3Client S3() => new AmazonS3Client(
            new BasicAWSCredentials(FakeSageMaker.AccessKey, FakeSageMaker.SecretKey),
            new AmazonS3Config { ServiceURL = Url, ForcePathStyle = true, AuthenticationRegion = FakeSageMaker.Region, MaxErrorRetry = 0 });

        public ISageMakerApi SageMaker() => ClientCache.SageMaker(new ResolvedConnection(
            FakeSageMaker.Region, new BasicAWSCredentials(FakeSageMaker.AccessKey, FakeSageMaker.SecretKey), Url, "test", "test", "test"));

        public ISageMakerRuntimeApi Runtime() => ClientCache.SageMakerRuntime(new ResolvedConnection(
            FakeSageMaker.Region, new BasicAWSCredentials(FakeSageMaker.AccessKey, FakeSageMaker.SecretKey), Url, "test", "test", "test"));

        /// <summary>The $conn hashtable a PowerShell session splats to reach this server.</summary>
        public Hashtable Connection() => new Hashtable
        {
            ["Region"] = FakeSageMaker.Region,
            ["EndpointUrl"] = Url,
            ["Credential"] = new Hashtable { ["AccessKey"] = FakeSageMaker.AccessKey, ["SecretKey"] = FakeSageMaker.SecretKey },
        };

        public async ValueTask DisposeAsync()
        {
            await Server.StopAsync();
            TempDirectories.Remove(DataDirectory);
        }
    }
}
