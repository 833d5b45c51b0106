using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using AutopilotTools.Local.Storage;
using Microsoft.AspNetCore.Http;
using static AutopilotTools.Local.S3.S3Xml;

namespace AutopilotTools.Local.S3
{
    /// <summary>ListBuckets, CreateBucket, HeadBucket, GetBucketLocation and DeleteBucket.</summary>
    internal sealed class BucketOperations
    {
        private const int MaxConfigurationBytes = 64 * 1024;

        private readonly S3Services _services;

        public BucketOperations(S3Services services) => _services = services;

        public async Task ListAsync(S3Request request, CancellationToken cancellationToken)
        {
            IReadOnlyList<BucketRecord> buckets = await _services.Buckets.ListAsync(cancellationToken);
            string prefix = request.Query("prefix") ?? string.Empty;
            XElement result = E(
                "ListAllMyBucketsResult",
                S3Owner.Element(),
                E("Buckets", buckets.Where(b => b.Name.StartsWith(prefix, System.StringComparison.Ordinal)).Select(b =>
                    E("Bucket", E("Name", b.Name), E("CreationDate", Time(b.CreationTime)), E("BucketRegion", b.Region)))),
                Optional("Prefix", request.Query("prefix")));
            await WriteAsync(request.Response, result, 200, cancellationToken);
        }

        public async Task CreateAsync(S3Request request, CancellationToken cancellationToken)
        {
            string bucket = request.Bucket!;
            string region = await ReadLocationConstraintAsync(request, cancellationToken) ?? _services.Region;
            if (!await _services.Buckets.TryCreateAsync(new BucketRecord(bucket, _services.Now(), region), cancellationToken))
            {
                throw new S3Error(409, "BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded and you already own it.", ("BucketName", bucket));
            }

            request.Response.StatusCode = 200;
            request.Response.Headers.Location = "/" + bucket;
            request.Response.ContentLength = 0;
        }

        public async Task HeadAsync(S3Request request, CancellationToken cancellationToken)
        {
            BucketRecord bucket = await RequireAsync(request.Bucket!, cancellationToken);
            request.Response.StatusCode = 200;
            request.Response.Headers["x-amz-bucket-region"] = bucket.Region;
            request.Response.ContentLength = 0;
        }

        public async Task LocationAsync(S3Request request, CancellationToken cancellationToken)
        {
            BucketRecord bucket = await RequireAsync(request.Bucket!, cancellationToken);
            // S3 reports us-east-1 as an empty constraint.
            await WriteAsync(request.Response, E("LocationConstraint", bucket.Region == "us-east-1" ? null : bucket.Region), 200, cancellationToken);
        }

        public async Task DeleteAsync(S3Request request, CancellationToken cancellationToken)
        {
            string bucket = request.Bucket!;
            (BucketDeletion result, IReadOnlyList<string> orphaned) = await _services.Buckets.DeleteAsync(bucket, cancellationToken);
            switch (result)
            {
                case BucketDeletion.NotFound:
                    throw S3Error.NoSuchBucket(bucket);
                case BucketDeletion.NotEmpty:
                    throw new S3Error(409, "BucketNotEmpty", "The bucket you tried to delete is not empty", ("BucketName", bucket));
            }

            foreach (string blob in orphaned)
            {
                _services.Blobs.Delete(blob);
            }

            request.Response.StatusCode = StatusCodes.Status204NoContent;
        }

        public async Task<BucketRecord> RequireAsync(string bucket, CancellationToken cancellationToken) =>
            await _services.Buckets.GetAsync(bucket, cancellationToken) ?? throw S3Error.NoSuchBucket(bucket);

        /// <summary>The LocationConstraint of a CreateBucketConfiguration body, if there is one.</summary>
        private static async Task<string?> ReadLocationConstraintAsync(S3Request request, CancellationToken cancellationToken)
        {
            if (request.Http.ContentLength == 0 || (request.Http.ContentLength == null && !request.Http.Headers.ContainsKey("Transfer-Encoding")))
            {
                return null;
            }

            XElement configuration = await ReadAsync(request.Http, MaxConfigurationBytes, cancellationToken);
            string? constraint = configuration.Elements().FirstOrDefault(e => e.Name.LocalName == "LocationConstraint")?.Value.Trim();
            return string.IsNullOrEmpty(constraint) ? null : constraint;
        }
    }
}
