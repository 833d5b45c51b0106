namespace AutopilotTools.Client.Connection
{
    /// <summary>
    /// What a caller said about where and as whom to connect. Everything is optional: what is missing comes from the
    /// session defaults, then from the SDK's standard chain (environment, AWS_PROFILE, profiles, SSO, metadata).
    /// </summary>
    public sealed class ConnectionOptions
    {
        public string? Region { get; set; }

        public string? ProfileName { get; set; }

        /// <summary>Credentials in any form <see cref="CredentialConverter"/> accepts.</summary>
        public object? Credential { get; set; }

        public string? EndpointUrl { get; set; }

        /// <summary>
        /// Where <see cref="Region"/>, <see cref="Credential"/> and <see cref="EndpointUrl"/> came from, for -Verbose,
        /// when not from the parameters of those names (say, from the session's local server).
        /// </summary>
        public string? RegionSource { get; set; }

        public string? CredentialSource { get; set; }

        public string? EndpointSource { get; set; }

        /// <summary>The session's default region, as AWS Tools for PowerShell keep it in $StoredAWSRegion.</summary>
        public string? SessionRegion { get; set; }

        /// <summary>The session's default credentials, as AWS Tools for PowerShell keep them in $StoredAWSCredentials.</summary>
        public object? SessionCredential { get; set; }
    }
}
