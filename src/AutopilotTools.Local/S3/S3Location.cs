using System;

namespace AutopilotTools.Local.S3
{
    /// <summary>An <c>s3://bucket/key</c> URI as jobs and models name their data.</summary>
    internal sealed record S3Location(string Bucket, string Key)
    {
        public static S3Location? TryParse(string? uri)
        {
            const string Scheme = "s3://";
            if (uri == null || !uri.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            string rest = uri.Substring(Scheme.Length);
            int slash = rest.IndexOf('/');
            string bucket = slash < 0 ? rest : rest.Substring(0, slash);
            return bucket.Length == 0 ? null : new S3Location(bucket, slash < 0 ? string.Empty : rest.Substring(slash + 1));
        }

        /// <summary>A key under this one, as a prefix: <c>s3://b/out</c> + <c>job/x</c> is <c>s3://b/out/job/x</c>.</summary>
        public S3Location Combine(string relative) =>
            new S3Location(Bucket, Key.Length == 0 || Key.EndsWith('/') ? Key + relative : Key + "/" + relative);

        public override string ToString() => $"s3://{Bucket}/{Key}";
    }
}
