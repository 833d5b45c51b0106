using System;
using Amazon.Runtime;
using AutopilotTools.Client.Pipeline;

namespace AutopilotTools.Client.Connection
{
    /// <summary>
    /// Says, for -Verbose, where the SDK's standard chain found a setting: which variable, profile or service. Never
    /// the value of a secret.
    /// </summary>
    public static class ConnectionSources
    {
        /// <summary>Where the standard chain's region came from.</summary>
        public static string ChainRegion(string region)
        {
            foreach (string variable in new[] { "AWS_REGION", "AWS_DEFAULT_REGION" })
            {
                if (string.Equals(Environment.GetEnvironmentVariable(variable), region, StringComparison.OrdinalIgnoreCase))
                {
                    return "$env:" + variable;
                }
            }

            return $"profile '{ProfileInUse()}' of the shared AWS config (or instance metadata)";
        }

        /// <summary>What kind of credentials the standard chain found, by the provider that found them.</summary>
        public static string ChainCredentials(AWSCredentials credentials)
        {
            string provider = credentials.GetType().Name;
            if (provider.StartsWith("EnvironmentVariables", StringComparison.Ordinal))
            {
                return "$env:AWS_ACCESS_KEY_ID and $env:AWS_SECRET_ACCESS_KEY";
            }

            if (provider.Contains("WebIdentity"))
            {
                return "web identity ($env:AWS_WEB_IDENTITY_TOKEN_FILE, $env:AWS_ROLE_ARN)";
            }

            if (provider.Contains("ECS") || provider.Contains("Container"))
            {
                return "the container credentials endpoint";
            }

            if (provider.Contains("InstanceProfile"))
            {
                return "the instance profile (EC2 instance metadata)";
            }

            return $"profile '{ProfileInUse()}' of the shared credentials/config files (the SDK's default chain)";
        }

        /// <summary>
        /// Where requests go when no endpoint URL was given: the SDK reads AWS_ENDPOINT_URL_SAGEMAKER, AWS_ENDPOINT_URL
        /// or a profile's endpoint_url into the client's configuration, else the service's regional endpoint.
        /// </summary>
        public static string ConfiguredEndpoint(ResolvedConnection connection)
        {
            string? configured = ClientCache.CreateConfig(ServiceDescription.SageMaker, connection).ServiceURL;
            if (string.IsNullOrEmpty(configured))
            {
                return $"SageMaker's regional endpoint for {connection.Region}";
            }

            foreach (string variable in new[] { "AWS_ENDPOINT_URL_SAGEMAKER", "AWS_ENDPOINT_URL" })
            {
                string? value = Environment.GetEnvironmentVariable(variable);
                if (string.Equals(value?.TrimEnd('/'), configured!.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
                {
                    return $"{value} (from $env:{variable})";
                }
            }

            return $"{configured} (from the endpoint_url of profile '{ProfileInUse()}')";
        }

        private static string ProfileInUse() =>
            Environment.GetEnvironmentVariable("AWS_PROFILE") is string named && named.Length > 0 ? named
            : Environment.GetEnvironmentVariable("AWS_DEFAULT_PROFILE") is string old && old.Length > 0 ? old
            : "default";
    }
}
