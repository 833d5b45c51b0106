using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.S3;
using AutopilotTools.Client;
using AutopilotTools.Client.Connection;
using AutopilotTools.Client.Pipeline;
using AutopilotTools.Local;
using AutopilotTools.Local.Hosting.Authentication;
using AutopilotTools.Tests.Hosting;

namespace AutopilotTools.Tests.Local.Signing
{
    /// <summary>
    /// A local server in this process that checks signatures against one access key, on a clock the test moves (for
    /// expiry and skew); and real clients pointed at it, signing with any key, each optionally with a hook that changes
    /// a request after the SDK signed it (what a man in the middle would do).
    /// </summary>
    internal sealed class SignedLocalServer : IAsyncDisposable
    {
        public const string AccessKey = "AKIDSIGNEDLOCAL";
        public const string SecretKey = "signed/LOCAL+secret-0123456789";

        private readonly string _dataDirectory;

        private SignedLocalServer(LocalServer server, string dataDirectory, ManualClock clock)
        {
            Server = server;
            _dataDirectory = dataDirectory;
            Clock = clock;
        }

        public LocalServer Server { get; }

        public ManualClock Clock { get; }

        public string Url => Server.Url;

        public static async Task<SignedLocalServer> StartAsync(bool faultInjection = false)
        {
            string dataDirectory = TempDirectories.Create();
            var clock = new ManualClock(DateTimeOffset.UtcNow);
            LocalServerOptions options = TestLocalServer.Options(dataDirectory, clock, null, 0, faultInjection);
            options.Credentials.Add(new LocalServerCredential(AccessKey, SecretKey));
            var server = new LocalServer(options);
            await server.StartAsync();
            return new SignedLocalServer(server, dataDirectory, clock);
        }

        public static BasicAWSCredentials Key(string accessKey = AccessKey, string secretKey = SecretKey) => new BasicAWSCredentials(accessKey, secretKey);

        /// <summary>AWSSDK.S3 as users configure it for a path-style endpoint; no retries, so a refusal is seen as sent.</summary>
        public AmazonS3Client S3(AWSCredentials? credentials = null, Func<HttpRequestMessage, Task>? tamper = null, Action<AmazonS3Config>? configure = null)
        {
            var config = new AmazonS3Config { ServiceURL = Url, ForcePathStyle = true, AuthenticationRegion = FakeSageMaker.Region, MaxErrorRetry = 0 };
            if (tamper != null)
            {
                config.HttpClientFactory = new TamperingHttpClientFactory(tamper);
            }

            configure?.Invoke(config);
            return new AmazonS3Client(credentials ?? Key(), config);
        }

        /// <summary>The module's typed SageMaker client, configured as the module configures it (no retries here).</summary>
        /// <param name="signingService">The service to sign for, when not SageMaker's own signing name.</param>
        public SageMakerClient SageMaker(AWSCredentials? credentials = null, Func<HttpRequestMessage, Task>? tamper = null, string region = FakeSageMaker.Region, string? signingService = null)
        {
            ServiceClientConfig config = Config(ServiceDescription.SageMaker, region, tamper);
            if (signingService != null)
            {
                config.AuthenticationServiceName = signingService;
            }

            return new SageMakerClient(credentials ?? Key(), config);
        }

        public SageMakerRuntimeClient Runtime(AWSCredentials? credentials = null) =>
            new SageMakerRuntimeClient(credentials ?? Key(), Config(ServiceDescription.SageMakerRuntime, FakeSageMaker.Region, null));

        public async ValueTask DisposeAsync()
        {
            await Server.StopAsync();
            TempDirectories.Remove(_dataDirectory);
        }

        private ServiceClientConfig Config(ServiceDescription service, string region, Func<HttpRequestMessage, Task>? tamper)
        {
            ServiceClientConfig config = ClientCache.CreateConfig(service, new ResolvedConnection(region, Key(), Url, "test", "test", "test"));
            config.MaxErrorRetry = 0;
            if (tamper != null)
            {
                config.HttpClientFactory = new TamperingHttpClientFactory(tamper);
            }

            return config;
        }

        /// <summary>Gives the SDK an HttpClient whose handler changes each request after it was signed.</summary>
        private sealed class TamperingHttpClientFactory : HttpClientFactory
        {
            private readonly Func<HttpRequestMessage, Task> _tamper;

            public TamperingHttpClientFactory(Func<HttpRequestMessage, Task> tamper) => _tamper = tamper;

            public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new HttpClient(new Tampering(_tamper));

            private sealed class Tampering : DelegatingHandler
            {
                private readonly Func<HttpRequestMessage, Task> _tamper;

                public Tampering(Func<HttpRequestMessage, Task> tamper)
                    : base(new HttpClientHandler())
                {
                    _tamper = tamper;
                }

                protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    await _tamper(request);
                    return await base.SendAsync(request, cancellationToken);
                }
            }
        }
    }
}
