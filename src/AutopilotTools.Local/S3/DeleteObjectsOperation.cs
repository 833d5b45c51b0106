using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using static AutopilotTools.Local.S3.S3Xml;

namespace AutopilotTools.Local.S3
{
    /// <summary>DeleteObjects (<c>POST /{bucket}?delete</c>): up to 1000 keys in one request, as <c>aws s3 rm --recursive</c> sends them.</summary>
    internal sealed class DeleteObjectsOperation
    {
        private const int MaxKeys = 1000;
        private const int MaxBodyBytes = 2 * 1024 * 1024;

        private readonly S3Services _services;

        public DeleteObjectsOperation(S3Services services) => _services = services;

        public async Task DeleteAsync(S3Request request, CancellationToken cancellationToken)
        {
            string bucket = request.Bucket!;
            if (await _services.Buckets.GetAsync(bucket, cancellationToken) == null)
            {
                throw S3Error.NoSuchBucket(bucket);
            }

            XElement delete = await ReadAsync(request.Http, MaxBodyBytes, cancellationToken);
            bool quiet = string.Equals(Child(delete, "Quiet")?.Value.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);
            List<string> keys = delete.Elements().Where(e => e.Name.LocalName == "Object").Select(o => Child(o, "Key")?.Value ?? string.Empty).ToList();
            if (keys.Count == 0 || keys.Count > MaxKeys || keys.Any(k => k.Length == 0))
            {
                throw S3Error.MalformedXml();
            }

            var results = new List<XElement>();
            foreach (string key in keys)
            {
                string? blob = await _services.Objects.DeleteAsync(bucket, key, cancellationToken);
                if (blob != null)
                {
                    _services.Blobs.Delete(blob);
                }

                if (!quiet)
                {
                    results.Add(E("Deleted", E("Key", key)));
                }
            }

            await WriteAsync(request.Response, E("DeleteResult", results), 200, cancellationToken);
        }

        private static XElement? Child(XElement parent, string name) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == name);
    }
}
