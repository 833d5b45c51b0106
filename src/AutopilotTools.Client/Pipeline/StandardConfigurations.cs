using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using Amazon.Runtime;
using Amazon.Runtime.Internal;

namespace AutopilotTools.Client.Pipeline
{
    /// <summary>
    /// The SDK's defaults modes (AWS_DEFAULTS_MODE / defaults_mode). Each uses the standard retry mode; they differ only
    /// in how long a connection may take to open.
    /// </summary>
    internal static class StandardConfigurations
    {
        public static ReadOnlyCollection<IDefaultConfiguration> All { get; } = new ReadOnlyCollection<IDefaultConfiguration>(new List<IDefaultConfiguration>
        {
            Create(DefaultConfigurationMode.Standard, 3100),
            Create(DefaultConfigurationMode.InRegion, 1100),
            Create(DefaultConfigurationMode.CrossRegion, 3100),
            Create(DefaultConfigurationMode.Mobile, 30000),
            Create(DefaultConfigurationMode.Auto, 1100),
        });

        private static IDefaultConfiguration Create(DefaultConfigurationMode mode, int connectTimeoutMs) => new DefaultConfiguration
        {
            Name = mode,
            RetryMode = RequestRetryMode.Standard,
            S3UsEast1RegionalEndpoint = S3UsEast1RegionalEndpointValue.Regional,
            ConnectTimeout = TimeSpan.FromMilliseconds(connectTimeoutMs),
            TlsNegotiationTimeout = TimeSpan.FromMilliseconds(connectTimeoutMs),
            TimeToFirstByteTimeout = null,
            HttpRequestTimeout = null,
        };
    }
}
