using System;
using System.Collections;
using System.Net;
using System.Reflection;
using Amazon.Runtime;

namespace AutopilotTools.Client.Connection
{
    /// <summary>
    /// Turns what users hold into SDK credentials: our own AWSCredentials; credentials from another copy of the SDK
    /// (AWS Tools for PowerShell load their own AWSSDK.Core, so their objects are of a different type); AWS Tools'
    /// session credentials wrapper (it has a Credentials property); a NetworkCredential (access key as user name,
    /// secret key as password); or a dictionary with AccessKey, SecretKey and SessionToken.
    /// </summary>
    public static class CredentialConverter
    {
        /// <summary>
        /// <see cref="Convert"/> for callers outside the module's load context (parameter binding): typed as object so
        /// that they never name the SDK's credential type, which there could be another module's copy.
        /// </summary>
        public static object ConvertForBinding(object value) => Convert(value);

        /// <summary>
        /// The access key id and secret of credentials in any form <see cref="Convert"/> takes, as a NetworkCredential
        /// (user name and password), so that callers outside the module's load context name no SDK type: the local
        /// server is started with them.
        /// </summary>
        public static NetworkCredential KeyPairOf(object value)
        {
            ImmutableCredentials keys = Convert(value).GetCredentials();
            return new NetworkCredential(keys.AccessKey, keys.SecretKey);
        }

        public static AWSCredentials Convert(object value)
        {
            switch (value)
            {
                case AWSCredentials credentials:
                    return credentials;
                case ImmutableCredentials immutable:
                    return FromKeys(immutable.AccessKey, immutable.SecretKey, immutable.Token, value);
                case NetworkCredential network:
                    return FromKeys(network.UserName, network.Password, null, value);
                case IDictionary dictionary:
                    return FromDictionary(dictionary);
            }

            MethodInfo? getCredentials = value.GetType().GetMethod("GetCredentials", Type.EmptyTypes);
            if (getCredentials != null)
            {
                return new ReflectedCredentials(value, getCredentials);
            }

            PropertyInfo? inner = value.GetType().GetProperty("Credentials");
            if (inner?.GetValue(value) is object wrapped && !ReferenceEquals(wrapped, value))
            {
                return Convert(wrapped);
            }

            throw Unsupported(value);
        }

        private static AWSCredentials FromDictionary(IDictionary dictionary)
        {
            string? Find(params string[] names)
            {
                foreach (DictionaryEntry entry in dictionary)
                {
                    foreach (string name in names)
                    {
                        if (string.Equals(entry.Key?.ToString(), name, StringComparison.OrdinalIgnoreCase))
                        {
                            return entry.Value?.ToString();
                        }
                    }
                }

                return null;
            }

            return FromKeys(
                Find("AccessKey", "AccessKeyId", "aws_access_key_id"),
                Find("SecretKey", "SecretAccessKey", "aws_secret_access_key"),
                Find("SessionToken", "Token", "aws_session_token"),
                dictionary);
        }

        private static AWSCredentials FromKeys(string? accessKey, string? secretKey, string? token, object source)
        {
            if (string.IsNullOrEmpty(accessKey) || string.IsNullOrEmpty(secretKey))
            {
                throw Unsupported(source);
            }

            return string.IsNullOrEmpty(token)
                ? new BasicAWSCredentials(accessKey, secretKey)
                : (AWSCredentials)new SessionAWSCredentials(accessKey, secretKey, token);
        }

        private static ConnectionException Unsupported(object value) => new ConnectionException(
            ConnectionProblem.UnsupportedCredential,
            value,
            $"A value of type {value.GetType().FullName} cannot be used as AWS credentials.");

        /// <summary>
        /// Credentials of another SDK copy, asked afresh on every request so that refreshing credentials (SSO,
        /// assumed roles) keep refreshing.
        /// </summary>
        private sealed class ReflectedCredentials : AWSCredentials
        {
            private readonly object _source;
            private readonly MethodInfo _getCredentials;

            public ReflectedCredentials(object source, MethodInfo getCredentials)
            {
                _source = source;
                _getCredentials = getCredentials;
            }

            public override ImmutableCredentials GetCredentials()
            {
                object? result = _getCredentials.Invoke(_source, null) ?? throw Unsupported(_source);
                string? Read(string name) => result.GetType().GetProperty(name)?.GetValue(result) as string;
                return new ImmutableCredentials(Read("AccessKey"), Read("SecretKey"), Read("Token"));
            }

            public override bool Equals(object? obj) => obj is ReflectedCredentials other && ReferenceEquals(other._source, _source);

            public override int GetHashCode() => _source.GetHashCode();
        }
    }
}
