using System;

namespace AutopilotTools.Local.Hosting.Authentication
{
    /// <summary>
    /// An access key the server accepts signatures from: its id and secret. <see cref="ToString"/> names the id only,
    /// so a credential that ends up in a log or an error message never shows its secret.
    /// </summary>
    public sealed class LocalServerCredential
    {
        public LocalServerCredential(string accessKeyId, string secretAccessKey)
        {
            AccessKeyId = accessKeyId ?? throw new ArgumentNullException(nameof(accessKeyId));
            SecretAccessKey = secretAccessKey ?? throw new ArgumentNullException(nameof(secretAccessKey));
            if (!IsValidAccessKeyId(accessKeyId))
            {
                throw new ArgumentException($"The access key id '{accessKeyId}' is not valid: it needs 1 to 128 characters, none of them ':', '/', ',', '=' or whitespace.");
            }

            if (secretAccessKey.Length == 0)
            {
                throw new ArgumentException($"The access key '{accessKeyId}' has an empty secret.");
            }
        }

        public string AccessKeyId { get; }

        public string SecretAccessKey { get; }

        public override string ToString() => AccessKeyId;

        /// <summary>
        /// What a credential scope can carry: '/' separates the scope's parts and ',' and '=' the Authorization
        /// header's, so an id with them could never be sent; ':' separates id and secret in the server's options.
        /// </summary>
        public static bool IsValidAccessKeyId(string value)
        {
            if (value.Length is 0 or > 128)
            {
                return false;
            }

            foreach (char c in value)
            {
                if (c is ':' or '/' or ',' or '=' || char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
