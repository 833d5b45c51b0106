using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;
using AutopilotTools.Client.Pipeline;

namespace AutopilotTools.Client.Connection
{
    /// <summary>
    /// Decides region, credentials and endpoint, in the order users of the AWS tools expect: explicit parameters,
    /// then the named profile, then the session defaults AWS Tools for PowerShell set, then the SDK's standard chain.
    /// Credentials and regions found through a profile or the standard chain are kept for the process, so that each call
    /// does not read files or ask metadata services again; the key changes when the environment that chose them does.
    /// </summary>
    public static class ConnectionResolver
    {
        private static readonly ConcurrentDictionary<string, AWSCredentials> ChainCredentials = new ConcurrentDictionary<string, AWSCredentials>();
        private static readonly ConcurrentDictionary<string, string?> ChainRegions = new ConcurrentDictionary<string, string?>();

        public static ResolvedConnection Resolve(ConnectionOptions options)
        {
            string environment = Fingerprint();
            CredentialProfile? profile = FindProfile(options.ProfileName);
            (string region, string regionSource) = ResolveRegion(options, profile, environment);
            string? endpointUrl = CheckEndpointUrl(options.EndpointUrl);
            (AWSCredentials credentials, string credentialSource) = ResolveCredentials(options, profile, region, environment);
            string? endpointSource = endpointUrl == null ? null : options.EndpointSource ?? "the -EndpointUrl parameter";
            return new ResolvedConnection(region, credentials, endpointUrl, credentialSource, regionSource, environment, endpointSource);
        }

        private static CredentialProfile? FindProfile(string? profileName)
        {
            if (string.IsNullOrEmpty(profileName))
            {
                return null;
            }

            if (new CredentialProfileStoreChain().TryGetProfile(profileName, out CredentialProfile profile))
            {
                return profile;
            }

            throw new ConnectionException(ConnectionProblem.ProfileNotFound, profileName, $"No AWS profile named '{profileName}' was found.");
        }

        private static (string Region, string Source) ResolveRegion(ConnectionOptions options, CredentialProfile? profile, string environment)
        {
            if (!string.IsNullOrEmpty(options.Region))
            {
                return (options.Region!, options.RegionSource ?? "the -Region parameter");
            }

            if (profile?.Region != null)
            {
                return (profile.Region.SystemName, $"profile '{profile.Name}'");
            }

            if (!string.IsNullOrEmpty(options.SessionRegion))
            {
                return (options.SessionRegion!, "$StoredAWSRegion");
            }

            string? fallback = ChainRegions.GetOrAdd(environment, _ => DefaultChainRegion());
            if (fallback != null)
            {
                return (fallback, ConnectionSources.ChainRegion(fallback));
            }

            throw new ConnectionException(ConnectionProblem.NoRegion, null, "No AWS region was given or found.");
        }

        private static string? DefaultChainRegion()
        {
            try
            {
                // The SDK caches its answer for the process; ours is cached per environment, so start it afresh.
                FallbackRegionFactory.Reset();
                return FallbackRegionFactory.GetRegionEndpoint()?.SystemName;
            }
            catch (AmazonClientException)
            {
                // The SDK reports "no region" by throwing; the caller reports it once, with advice.
                return null;
            }
        }

        private static string? CheckEndpointUrl(string? endpointUrl)
        {
            if (string.IsNullOrEmpty(endpointUrl))
            {
                return null;
            }

            if (Uri.TryCreate(endpointUrl, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            {
                return endpointUrl;
            }

            throw new ConnectionException(ConnectionProblem.InvalidEndpointUrl, endpointUrl, $"'{endpointUrl}' is not an absolute http or https URL.");
        }

        private static (AWSCredentials Credentials, string Source) ResolveCredentials(ConnectionOptions options, CredentialProfile? profile, string region, string environment)
        {
            if (options.Credential != null)
            {
                return (CredentialConverter.Convert(options.Credential), options.CredentialSource ?? "the -Credential parameter");
            }

            if (profile != null)
            {
                return (ChainCredentials.GetOrAdd("profile:" + profile.Name + environment, _ => ProfileCredentials(profile)), $"profile '{profile.Name}'");
            }

            if (options.SessionCredential != null)
            {
                return (CredentialConverter.Convert(options.SessionCredential), "$StoredAWSCredentials");
            }

            AWSCredentials found = ChainCredentials.GetOrAdd("chain:" + environment, _ => DefaultChainCredentials(region));
            return (found, ConnectionSources.ChainCredentials(found));
        }

        private static AWSCredentials ProfileCredentials(CredentialProfile profile)
        {
            if (new CredentialProfileStoreChain().TryGetAWSCredentials(profile.Name, out AWSCredentials credentials))
            {
                return credentials;
            }

            throw new ConnectionException(ConnectionProblem.NoCredentials, profile.Name, $"Profile '{profile.Name}' holds no usable credentials.");
        }

        private static AWSCredentials DefaultChainCredentials(string region)
        {
            try
            {
                var config = new ServiceClientConfig(ServiceDescription.SageMaker) { RegionEndpoint = RegionEndpoint.GetBySystemName(region) };
                return DefaultAWSCredentialsIdentityResolver.GetCredentials(config);
            }
            catch (AmazonClientException e)
            {
                throw new ConnectionException(ConnectionProblem.NoCredentials, null, "No AWS credentials were given or found.", e);
            }
        }

        /// <summary>
        /// The environment that decides what the standard chain finds and how a client is configured (endpoints,
        /// retries). Secrets only enter it hashed, so no cache key ever holds one.
        /// </summary>
        private static string Fingerprint()
        {
            var text = new StringBuilder();
            foreach (string name in new[] { "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_ROLE_ARN", "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
                "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_SAGEMAKER", "AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME", "AWS_ENDPOINT_URL_S3", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
                "AWS_USE_FIPS_ENDPOINT", "AWS_USE_DUALSTACK_ENDPOINT", "AWS_DEFAULTS_MODE", "AWS_MAX_ATTEMPTS", "AWS_RETRY_MODE" })
            {
                text.Append(name).Append('=').Append(Environment.GetEnvironmentVariable(name)).Append('\n');
            }

            using var sha = SHA256.Create();
            return BitConverter.ToString(sha.ComputeHash(Encoding.UTF8.GetBytes(text.ToString()))).Replace("-", string.Empty);
        }
    }
}
