using Amazon.Runtime;

namespace AutopilotTools.Client.Connection
{
    /// <summary>A complete connection: the region to sign for, the credentials, and the endpoint URL when not AWS's own.</summary>
    public sealed class ResolvedConnection
    {
        public ResolvedConnection(string region, AWSCredentials credentials, string? endpointUrl, string credentialSource, string regionSource, string environmentKey, string? endpointSource = null)
        {
            EndpointSource = endpointSource;
            Region = region;
            Credentials = credentials;
            EndpointUrl = endpointUrl;
            CredentialSource = credentialSource;
            RegionSource = regionSource;
            EnvironmentKey = environmentKey;
        }

        public string Region { get; }

        public AWSCredentials Credentials { get; }

        /// <summary>An explicit endpoint (-EndpointUrl); null leaves it to AWS_ENDPOINT_URL_* and the regional default.</summary>
        public string? EndpointUrl { get; }

        /// <summary>Where the credentials came from, for -Verbose; never the credentials themselves.</summary>
        public string CredentialSource { get; }

        /// <summary>Where <see cref="EndpointUrl"/> came from, for -Verbose; null when it is null.</summary>
        public string? EndpointSource { get; }

        /// <summary>Where the region came from, for -Verbose.</summary>
        public string RegionSource { get; }

        /// <summary>
        /// A digest of the AWS_* variables that shape a client (endpoints, retries, the standard chain): a client made
        /// under other values is not reused.
        /// </summary>
        public string EnvironmentKey { get; }
    }
}
