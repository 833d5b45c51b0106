using System;
using System.Collections.Concurrent;
using Amazon;
using Amazon.S3;
using AutopilotTools.Client.Pipeline;

namespace AutopilotTools.Client.Connection
{
    /// <summary>
    /// One SDK client per service, region, endpoint, credentials and AWS_* environment for the whole process. Building a client is the
    /// costly part of a first call (configuration, pipeline, HTTP handler); the SDK's retry and clock-skew state is
    /// per endpoint and process anyway, so sharing clients loses nothing.
    /// </summary>
    public static class ClientCache
    {
        private const int MaxClients = 64;

        private static readonly ConcurrentDictionary<ClientKey, object> Clients = new ConcurrentDictionary<ClientKey, object>();

        public static ISageMakerApi SageMaker(ResolvedConnection connection) =>
            (ISageMakerApi)Get(ServiceDescription.SageMaker, connection, config => new SageMakerClient(connection.Credentials, config));

        public static ISageMakerRuntimeApi SageMakerRuntime(ResolvedConnection connection) =>
            (ISageMakerRuntimeApi)Get(ServiceDescription.SageMakerRuntime, connection, config => new SageMakerRuntimeClient(connection.Credentials, config));

        /// <summary>Uploads over <see cref="S3"/>; the module asks for this rather than naming the SDK's S3 types.</summary>
        public static Storage.S3Uploader Uploader(ResolvedConnection connection) => new Storage.S3Uploader(S3(connection));

        /// <summary>Finds and reads a transform job's answers over <see cref="S3"/>.</summary>
        public static Storage.TransformOutputs TransformOutputs(ResolvedConnection connection) => new Storage.TransformOutputs(S3(connection));

        /// <summary>Reads training data headers over <see cref="S3"/>.</summary>
        public static Storage.TrainingHeaderReader HeaderReader(ResolvedConnection connection) => new Storage.TrainingHeaderReader(S3(connection));

        /// <summary>Lists and downloads (artifacts) over <see cref="S3"/>.</summary>
        public static Storage.S3Downloader Downloader(ResolvedConnection connection) => new Storage.S3Downloader(S3(connection));

        /// <summary>
        /// An S3 client for the same connection. With a custom endpoint (the local server, one port for every
        /// protocol) requests are path-style; AWS_ENDPOINT_URL_S3 is honoured by the SDK's S3 configuration.
        /// </summary>
        public static IAmazonS3 S3(ResolvedConnection connection) =>
            (IAmazonS3)Clients.GetOrAdd(new ClientKey("S3", connection), _ =>
            {
                var config = new AmazonS3Config();
                if (connection.EndpointUrl != null)
                {
                    config.ServiceURL = connection.EndpointUrl;
                    config.AuthenticationRegion = connection.Region;
                    config.ForcePathStyle = true;
                }
                else
                {
                    config.RegionEndpoint = RegionEndpoint.GetBySystemName(connection.Region);
                }

                return new AmazonS3Client(connection.Credentials, config);
            });

        /// <summary>The configuration a client for this connection gets; exposed so tests can check what the SDK resolves.</summary>
        public static ServiceClientConfig CreateConfig(ServiceDescription service, ResolvedConnection connection)
        {
            var config = new ServiceClientConfig(service);
            if (connection.EndpointUrl != null)
            {
                // ServiceURL and RegionEndpoint exclude each other; the signing region then travels separately.
                config.ServiceURL = connection.EndpointUrl;
                config.AuthenticationRegion = connection.Region;
            }
            else
            {
                config.RegionEndpoint = RegionEndpoint.GetBySystemName(connection.Region);
            }

            return config;
        }

        private static object Get(ServiceDescription service, ResolvedConnection connection, Func<ServiceClientConfig, object> create)
        {
            var key = new ClientKey(service.ServiceId, connection);
            if (Clients.Count > MaxClients)
            {
                // Many distinct connections in one process (scripts looping over accounts); start again rather than grow.
                Clients.Clear();
            }

            return Clients.GetOrAdd(key, _ => create(CreateConfig(service, connection)));
        }

        /// <summary>
        /// What makes two connections share a client. A class, not a value tuple: a dictionary keyed by a class runs
        /// the framework's precompiled shared code, where a tuple key is compiled on a session's first call.
        /// </summary>
        private sealed class ClientKey : IEquatable<ClientKey>
        {
            private readonly string service;
            private readonly ResolvedConnection connection;

            public ClientKey(string service, ResolvedConnection connection)
            {
                this.service = service;
                this.connection = connection;
            }

            public bool Equals(ClientKey? other) =>
                other != null &&
                service == other.service &&
                connection.Region == other.connection.Region &&
                connection.EndpointUrl == other.connection.EndpointUrl &&
                Equals(connection.Credentials, other.connection.Credentials) &&
                connection.EnvironmentKey == other.connection.EnvironmentKey;

            public override bool Equals(object? obj) => Equals(obj as ClientKey);

            public override int GetHashCode()
            {
                unchecked
                {
                    int hash = service.GetHashCode();
                    hash = (hash * 31) + connection.Region.GetHashCode();
                    hash = (hash * 31) + (connection.EndpointUrl?.GetHashCode() ?? 0);
                    hash = (hash * 31) + connection.Credentials.GetHashCode();
                    return (hash * 31) + connection.EnvironmentKey.GetHashCode();
                }
            }
        }
    }
}
