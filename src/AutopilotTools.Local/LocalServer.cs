using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Local.Hosting;
using AutopilotTools.Local.Hosting.Authentication;
using AutopilotTools.Local.Hosting.Faults;
using AutopilotTools.Local.Jobs;
using AutopilotTools.Local.ModelHosting;
using AutopilotTools.Local.S3;
using AutopilotTools.Local.SageMaker;
using AutopilotTools.Local.SageMaker.Endpoints;
using AutopilotTools.Local.SageMaker.Jobs;
using AutopilotTools.Local.SageMaker.TransformJobs;
using AutopilotTools.Local.SageMakerRuntime;
using AutopilotTools.Local.Storage;
using AutopilotTools.Local.Training;
using AutopilotTools.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AutopilotTools.Local
{
    /// <summary>
    /// The local Autopilot server: opens the data directory, recovers from an unclean stop, and serves SageMaker,
    /// SageMaker Runtime and S3 on one port. The program runs one; tests start their own in-process on port 0.
    /// </summary>
    public sealed class LocalServer : IAsyncDisposable
    {
        private readonly LocalServerOptions _options;
        private WebApplication? _app;
        private Database? _database;
        private JobStopWorker? _stopWorker;
        private JobRunner? _runner;
        private EndpointWorker? _endpointWorker;
        private TransformWorker? _transformWorker;
        private LoadedEndpoints? _loadedEndpoints;
        private FileStream? _lock;
        private ReceivedRequests _received = new ReceivedRequests();
        private AccessKeys? _keys;

        public LocalServer(LocalServerOptions options)
        {
            _options = options;
            DataDirectory = Path.GetFullPath(options.DataDirectory);
        }

        public string DataDirectory { get; }

        public string Region => _options.Region;

        /// <summary>The port bound, once started (the one the system picked when asked for 0).</summary>
        public int Port { get; private set; }

        /// <summary>The base URL clients use, e.g. http://127.0.0.1:5123, once started.</summary>
        public string Url { get; private set; } = string.Empty;

        /// <summary>How many jobs the last start found running and marked Failed as interrupted.</summary>
        public int InterruptedJobs { get; private set; }

        /// <summary>How many transform jobs the last start found running and marked Failed as interrupted (or Stopped, when stopping).</summary>
        public int InterruptedTransformJobs { get; private set; }

        /// <summary>How many endpoints the last start found and carried on with (loading, creating, updating or deleting).</summary>
        public int RecoveredEndpoints { get; private set; }

        /// <summary>The access key ids whose signatures the server accepts; empty when it checks none.</summary>
        public IReadOnlyList<string> AccessKeyIds => _keys?.Ids.ToList() ?? new List<string>();

        /// <summary>The problem types the optional engines of the last start added (beside the built-in ones).</summary>
        public IReadOnlyList<string> ProblemTypes { get; private set; } = new List<string>();

        /// <summary>How many AWS requests (SageMaker, SageMaker Runtime, S3) this start received; health checks aside.</summary>
        public long ReceivedRequests => _received.Count;

        /// <summary>The fault injector when the server runs with <see cref="LocalServerOptions.FaultInjection"/>; else null.</summary>
        internal FaultInjector? Faults { get; private set; }

        internal IJobStore? Jobs { get; private set; }

        internal ICandidateStore? Candidates { get; private set; }

        public async Task StartAsync(CancellationToken cancellationToken = default)
        {
            if (_app != null)
            {
                throw new InvalidOperationException("The server is already running.");
            }

            IPAddress address = ParseHost(_options.Host);
            AccessKeys keys = new AccessKeys(_options.Credentials);
            if (!IPAddress.IsLoopback(address) && keys.Count == 0)
            {
                throw new ArgumentException(
                    $"--host {_options.Host} is not a loopback address, and the server has no credentials: anyone who reached the port could read and delete " +
                    $"every object and job. Give it access keys (--access-key, --credentials-file or {CredentialSources.EnvironmentVariable}), so that it serves " +
                    "only requests signed with them, or bind 127.0.0.1.");
            }

            _keys = keys.Count > 0 ? keys : null;
            Directory.CreateDirectory(DataDirectory);
            _lock = LockDataDirectory(DataDirectory);
            try
            {
                await StartServingAsync(address, cancellationToken);
            }
            catch
            {
                // A port in use or a damaged database: release what was taken, so the caller may try again.
                await StopAsync(CancellationToken.None);
                throw;
            }
        }

        private async Task StartServingAsync(IPAddress address, CancellationToken cancellationToken)
        {
            _database = await Database.OpenAsync(DataDirectory, cancellationToken);

            var jobs = new SqliteJobStore(_database);
            var candidates = new SqliteCandidateStore(_database);
            var trainingJobs = new SqliteTrainingJobStore(_database);
            var tags = new SqliteTagStore(_database);
            var models = new SqliteResourceStore(_database, SqliteResourceStore.Models);
            var configs = new SqliteResourceStore(_database, SqliteResourceStore.EndpointConfigs);
            var endpoints = new SqliteEndpointStore(_database);
            var transformJobs = new SqliteTransformJobStore(_database);
            var buckets = new SqliteBucketStore(_database);
            var objects = new SqliteObjectStore(_database);
            var uploads = new SqliteMultipartStore(_database);
            var blobs = new BlobStore(DataDirectory);
            Jobs = jobs;
            Candidates = candidates;

            // Recovery before the first request: nothing was running across the restart, so say so, and drop files
            // whose rows were never committed.
            InterruptedJobs = await jobs.UpdateAllAsync(
                new[] { AutoMLJobStatus.InProgress, AutoMLJobStatus.Stopping },
                job => JobTransitions.Interrupted(job, JobClock.Now(_options.Clock)),
                cancellationToken);
            blobs.Sweep(await objects.ReferencedBlobsAsync(cancellationToken));

            ProblemTypeRegistry problemTypes = ProblemTypeRegistry.Builtin();
            ProblemTypes = EngineAssemblies.LoadInto(problemTypes, _options.EnginesDirectory);
            var s3 = new S3Services(buckets, objects, uploads, blobs, Region, _options.Clock);
            var localObjects = new LocalObjects(s3);
            IModelHost host = _options.ModelHost ?? CreateModelHost(localObjects, problemTypes);
            _loadedEndpoints = new LoadedEndpoints(host);
            _endpointWorker = new EndpointWorker(endpoints, _loadedEndpoints, _options.Clock, _options.Diagnostics);
            RecoveredEndpoints = await _endpointWorker.RecoverAsync(cancellationToken);
            _runner = new JobRunner(
                _options.MaxConcurrentJobs,
                DataDirectory,
                new TrainingServices(problemTypes, jobs, candidates, trainingJobs, localObjects, new JobDeployer(models, configs, endpoints, _endpointWorker, Region, _options.Clock), Region, _options.AutoCreateBuckets, _options.Clock, _options.Diagnostics));
            _stopWorker = new JobStopWorker(jobs, _options.Clock, _options.Diagnostics, _runner.TryStop);
            _transformWorker = new TransformWorker(transformJobs, models, host, localObjects, DataDirectory, _options.Clock, _options.Diagnostics);
            InterruptedTransformJobs = await _transformWorker.RecoverAsync(cancellationToken);
            IReadOnlyList<SageMakerOperation> operations = SageMakerApi.Operations(new SageMakerServices(
                jobs, candidates, trainingJobs, models, configs, endpoints, transformJobs, tags, _runner, _stopWorker, _endpointWorker, _transformWorker, problemTypes, Region, _options.Clock));
            _received = new ReceivedRequests();
            Faults = _options.FaultInjection ? new FaultInjector() : null;
            var router = new RequestRouter(
                new HealthHandler(Region, trains: _options.MaxConcurrentJobs > 0, injectsFaults: Faults != null, checksSignatures: _keys != null),
                new SageMakerHandler(operations, _options.Validator, _options.Diagnostics),
                new RuntimeHandler(endpoints, _loadedEndpoints, _options.Diagnostics),
                new S3Handler(s3, _options.Diagnostics, _options.AutoCreateBuckets),
                _received,
                Faults,
                _keys == null ? null : new RequestAuthenticator(_keys, Region, _options.Clock));

            WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = DataDirectory });
            builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            {
                kestrel.Listen(address, _options.Port);
                kestrel.AddServerHeader = false;
                // S3 takes objects of up to 5 GiB in one PUT; the S3 handler enforces that itself.
                kestrel.Limits.MaxRequestBodySize = null;
            });
            _app = builder.Build();
            _app.Run(router.RouteAsync);
            await _app.StartAsync(cancellationToken);

            string bound = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Port = new Uri(bound).Port;
            Url = $"http://{(address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "[" + address + "]" : address.ToString())}:{Port}";
        }

        public async Task StopAsync(CancellationToken cancellationToken = default)
        {
            if (_app != null)
            {
                WebApplication app = _app;
                _app = null;
                try
                {
                    await app.StopAsync(cancellationToken);
                }
                finally
                {
                    await app.DisposeAsync();
                }
            }

            if (_runner != null)
            {
                // Runs end without touching their jobs; the next start fails them as interrupted.
                await _runner.DisposeAsync();
                _runner = null;
            }

            if (_stopWorker != null)
            {
                await _stopWorker.DisposeAsync();
                _stopWorker = null;
            }

            if (_transformWorker != null)
            {
                // The run under way ends without touching its job; the next start fails it as interrupted.
                await _transformWorker.DisposeAsync();
                _transformWorker = null;
            }

            if (_endpointWorker != null)
            {
                await _endpointWorker.DisposeAsync();
                _endpointWorker = null;
            }

            _loadedEndpoints?.Dispose();
            _loadedEndpoints = null;

            _database?.Close();
            _database = null;
            _lock?.Dispose();
            _lock = null;
        }

        public async ValueTask DisposeAsync() => await StopAsync();

        /// <summary>The server's own host, with what earlier runs unpacked swept away.</summary>
        private AutopilotModelHost CreateModelHost(LocalObjects localObjects, ProblemTypeRegistry problemTypes)
        {
            var host = new AutopilotModelHost(localObjects, DataDirectory, problemTypes);
            host.Sweep();
            return host;
        }

        private static IPAddress ParseHost(string host)
        {
            if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
            {
                return IPAddress.Loopback;
            }

            return IPAddress.TryParse(host, out IPAddress? address)
                ? address
                : throw new ArgumentException($"--host must be an IP address (or localhost), not '{host}'.");
        }

        /// <summary>
        /// One server per data directory: two would both recover "interrupted" jobs and race on the files. The lock
        /// is an open file, so the system releases it when the process dies, even by kill -9.
        /// </summary>
        private static FileStream LockDataDirectory(string directory)
        {
            string path = Path.Combine(directory, "server.lock");
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException error)
            {
                throw new IOException($"Another local server is using the data directory {directory}.", error);
            }
        }
    }
}
