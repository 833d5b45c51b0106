using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Xml.Linq;
using AutopilotTools.Local.Hosting;
using Microsoft.AspNetCore.Http;

namespace AutopilotTools.Local.S3
{
    /// <summary>
    /// Path-style S3: picks the operation from the method, the path (service, bucket or object) and the sub-resource
    /// in the query, as S3 does, and turns failures into S3's XML errors with x-amz-request-id. Sub-resources the
    /// server does not have (ACLs, policies, tagging, ...) answer NotImplemented rather than being mistaken for a
    /// plain GET or PUT.
    /// </summary>
    internal sealed class S3Handler
    {
        private static readonly string[] UnsupportedSubresources =
        {
            "accelerate", "acl", "analytics", "attributes", "cors", "encryption", "intelligent-tiering", "inventory",
            "legal-hold", "lifecycle", "logging", "metrics", "notification", "object-lock", "ownershipControls", "policy",
            "policyStatus", "publicAccessBlock", "replication", "requestPayment", "restore", "retention", "select",
            "tagging", "torrent", "versioning", "versions", "website",
        };

        private readonly BucketOperations _buckets;
        private readonly ObjectOperations _objects;
        private readonly ListObjectsOperation _list;
        private readonly DeleteObjectsOperation _deleteMany;
        private readonly MultipartOperations _multipart;
        private readonly TextWriter? _diagnostics;
        private readonly S3Services _services;
        private readonly bool _autoCreateBuckets;

        public S3Handler(S3Services services, TextWriter? diagnostics, bool autoCreateBuckets = false)
        {
            _services = services;
            _autoCreateBuckets = autoCreateBuckets;
            _buckets = new BucketOperations(services);
            _objects = new ObjectOperations(services);
            _list = new ListObjectsOperation(services);
            _deleteMany = new DeleteObjectsOperation(services);
            _multipart = new MultipartOperations(services);
            _diagnostics = diagnostics;
        }

        public async Task HandleAsync(HttpContext context)
        {
            string requestId = RequestIds.S3();
            string hostId = RequestIds.S3HostId();
            context.Response.Headers["x-amz-request-id"] = requestId;
            context.Response.Headers["x-amz-id-2"] = hostId;
            CancellationToken cancellationToken = context.RequestAborted;
            string resource = context.Request.Path.Value ?? "/";
            try
            {
                S3Request request = S3Request.Parse(context);
                resource = request.Resource;
                await DispatchAsync(request, cancellationToken);
            }
            catch (S3Error error)
            {
                await WriteErrorAsync(context, error, resource, requestId, hostId, cancellationToken);
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested && error is not OperationCanceledException)
            {
                _diagnostics?.WriteLine($"S3 {context.Request.Method} {resource} failed: {error}");
                await WriteErrorAsync(context, new S3Error(500, "InternalError", "We encountered an internal error. Please try again."), resource, requestId, hostId, cancellationToken);
            }
        }

        private async Task DispatchAsync(S3Request request, CancellationToken cancellationToken)
        {
            if (_autoCreateBuckets && request.Bucket != null && request.Key != null && (request.Method == "PUT" || request.Method == "POST"))
            {
                BucketNames.Require(request.Bucket);
                await _services.Buckets.TryCreateAsync(new Storage.BucketRecord(request.Bucket, _services.Now(), _services.Region), cancellationToken);
            }

            await Route(request, cancellationToken);
        }

        private Task Route(S3Request request, CancellationToken cancellationToken)
        {
            string method = request.Method.ToUpperInvariant();
            if (request.Bucket == null)
            {
                return method == "GET" ? _buckets.ListAsync(request, cancellationToken) : throw MethodNotAllowed(method, "the service");
            }

            BucketNames.Require(request.Bucket);
            string? unsupported = UnsupportedSubresources.FirstOrDefault(request.Has);
            if (unsupported != null)
            {
                throw S3Error.NotImplemented("the '" + unsupported + "' subresource");
            }

            if (request.Key == null)
            {
                return method switch
                {
                    "PUT" => _buckets.CreateAsync(request, cancellationToken),
                    "HEAD" => _buckets.HeadAsync(request, cancellationToken),
                    "DELETE" => _buckets.DeleteAsync(request, cancellationToken),
                    "GET" when request.Has("location") => _buckets.LocationAsync(request, cancellationToken),
                    "GET" when request.Has("uploads") => throw S3Error.NotImplemented("ListMultipartUploads"),
                    "GET" => _list.ListAsync(request, cancellationToken),
                    "POST" when request.Has("delete") => _deleteMany.DeleteAsync(request, cancellationToken),
                    _ => throw MethodNotAllowed(method, "a bucket"),
                };
            }

            return method switch
            {
                "PUT" when request.Has("uploadId") => request.Http.Headers.ContainsKey("x-amz-copy-source")
                    ? throw S3Error.NotImplemented("UploadPartCopy")
                    : _multipart.UploadPartAsync(request, cancellationToken),
                "PUT" when request.Http.Headers.ContainsKey("x-amz-copy-source") => _objects.CopyAsync(request, cancellationToken),
                "PUT" => _objects.PutAsync(request, cancellationToken),
                "GET" when request.Has("uploadId") => throw S3Error.NotImplemented("ListParts"),
                "GET" => _objects.GetAsync(request, headOnly: false, cancellationToken),
                "HEAD" => _objects.GetAsync(request, headOnly: true, cancellationToken),
                "DELETE" when request.Has("uploadId") => _multipart.AbortAsync(request, cancellationToken),
                "DELETE" => _objects.DeleteAsync(request, cancellationToken),
                "POST" when request.Has("uploads") => _multipart.CreateAsync(request, cancellationToken),
                "POST" when request.Has("uploadId") => _multipart.CompleteAsync(request, cancellationToken),
                _ => throw MethodNotAllowed(method, "an object"),
            };
        }

        private static S3Error MethodNotAllowed(string method, string target) =>
            new S3Error(405, "MethodNotAllowed", $"The specified method is not allowed against this resource: {method} on {target}.", ("Method", method), ("ResourceType", target));

        internal static async Task WriteErrorAsync(HttpContext context, S3Error error, string resource, string requestId, string hostId, CancellationToken cancellationToken)
        {
            HttpResponse response = context.Response;
            if (response.HasStarted)
            {
                // Headers are gone; the client sees a short body and fails its length or checksum check.
                context.Abort();
                return;
            }

            response.StatusCode = error.Status;
            if (HttpMethods.IsHead(context.Request.Method))
            {
                // HEAD answers carry no body; clients map the status alone.
                return;
            }

            var document = new XElement(
                "Error",
                new XElement("Code", error.Code),
                new XElement("Message", error.Message),
                error.Details.Select(d => new XElement(d.Name, d.Value)),
                new XElement("Resource", resource),
                new XElement("RequestId", requestId),
                new XElement("HostId", hostId));
            byte[] body = S3Xml.Serialize(document);
            response.ContentType = "application/xml";
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, cancellationToken);
        }
    }
}
