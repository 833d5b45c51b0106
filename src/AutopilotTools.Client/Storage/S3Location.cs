using System;

namespace AutopilotTools.Client.Storage
{
    /// <summary>A bucket and a key (or key prefix), parsed from and printed as an s3:// URI.</summary>
    public sealed class S3Location
    {
        public S3Location(string bucket, string key)
        {
            Bucket = bucket;
            Key = key;
        }

        public string Bucket { get; }

        public string Key { get; }

        public static bool TryParse(string? uri, out S3Location location)
        {
            location = null!;
            if (uri == null || !uri.StartsWith("s3://", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            string rest = uri.Substring("s3://".Length);
            int slash = rest.IndexOf('/');
            string bucket = slash < 0 ? rest : rest.Substring(0, slash);
            if (bucket.Length == 0)
            {
                return false;
            }

            location = new S3Location(bucket, slash < 0 ? string.Empty : rest.Substring(slash + 1));
            return true;
        }

        /// <summary>This location with a path appended below it, one slash between.</summary>
        public S3Location Append(string path) =>
            new S3Location(Bucket, Key.Length == 0 ? path.TrimStart('/') : Key.TrimEnd('/') + "/" + path.TrimStart('/'));

        public override string ToString() => "s3://" + Bucket + "/" + Key;
    }
}
