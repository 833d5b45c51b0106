using System;
using System.Text;
using AutopilotTools.Local.Hosting;
using Microsoft.AspNetCore.Http;

namespace AutopilotTools.Local.S3
{
    /// <summary>
    /// A path-style S3 request: <c>/</c> (the service), <c>/{bucket}</c>, or <c>/{bucket}/{key}</c>, taken from the raw
    /// request target so that a key keeps its slashes, dots and encoded characters exactly.
    /// </summary>
    internal sealed class S3Request
    {
        /// <summary>S3's limit on a key: 1024 bytes of UTF-8.</summary>
        public const int MaxKeyBytes = 1024;

        private S3Request(HttpContext context, string? bucket, string? key)
        {
            Context = context;
            Bucket = bucket;
            Key = key;
        }

        public HttpContext Context { get; }

        public HttpRequest Http => Context.Request;

        public HttpResponse Response => Context.Response;

        public string? Bucket { get; }

        public string? Key { get; }

        public string Method => Context.Request.Method;

        /// <summary>The resource path as S3 names it in errors (/bucket/key).</summary>
        public string Resource => "/" + Bucket + (Key == null ? string.Empty : "/" + Key);

        public bool Has(string queryName) => Http.Query.ContainsKey(queryName);

        public string? Query(string name) => Http.Query.TryGetValue(name, out var value) ? value.ToString() : null;

        public static S3Request Parse(HttpContext context)
        {
            string path = RawTarget.Path(context).TrimStart('/');
            if (path.Length == 0)
            {
                return new S3Request(context, null, null);
            }

            int slash = path.IndexOf('/');
            string bucket = Uri.UnescapeDataString(slash < 0 ? path : path.Substring(0, slash));
            string? key = slash < 0 || slash == path.Length - 1 ? null : Uri.UnescapeDataString(path.Substring(slash + 1));
            if (key != null && Encoding.UTF8.GetByteCount(key) > MaxKeyBytes)
            {
                throw new S3Error(400, "KeyTooLongError", "Your key is too long", ("Size", Encoding.UTF8.GetByteCount(key).ToString()), ("MaxSizeAllowed", MaxKeyBytes.ToString()));
            }

            return new S3Request(context, bucket, key);
        }
    }
}
