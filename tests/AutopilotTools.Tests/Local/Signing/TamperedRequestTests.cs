using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Client.Errors;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.Local.Signing
{
    /// <summary>
    /// A request changed after a real client signed it, as a man in the middle would: its body (SageMaker JSON, an S3
    /// body with a hex x-amz-content-sha256, an aws-chunked body with chunk and trailer signatures) or a signed header.
    /// Each is refused with the service's own error, and changes nothing.
    /// </summary>
    public sealed class TamperedRequestTests
    {
        [Fact]
        public async Task ABodyChangedAfterSigningIsRefusedAndChangesNothing()
        {
            await using SignedLocalServer server = await SignedLocalServer.StartAsync();
            await server.SageMaker().CreateAutoMLJobV2Async(Jobs.V2("victim"));
            using AmazonS3Client s3Setup = server.S3();
            await s3Setup.PutBucketAsync("bkt");

            // The body says StopAutoMLJob of "victim"; the signature covered a stop of "absent".
            ServiceFailure json = await Refusals.RefusedAsync(() => server.SageMaker(tamper: Refusals.ReplaceBody("absent", "victim")).StopAutoMLJobAsync(new StopAutoMLJobRequest { AutoMLJobName = "absent" }));
            using AmazonS3Client hashed = server.S3(tamper: Refusals.ReplaceBody("good", "evil"));
            var hashedError = await Assert.ThrowsAsync<AmazonS3Exception>(() => hashed.PutObjectAsync(new PutObjectRequest { BucketName = "bkt", Key = "k1", ContentBody = "good data", UseChunkEncoding = false }));
            string? chunkedPayload = null;
            Func<HttpRequestMessage, Task> replace = Refusals.ReplaceBody("good", "evil");
            using AmazonS3Client chunked = server.S3(tamper: request =>
            {
                chunkedPayload = request.Headers.TryGetValues("x-amz-content-sha256", out var values) ? string.Join(",", values) : null;
                return replace(request);
            });
            var chunkedError = await Assert.ThrowsAsync<AmazonS3Exception>(() => chunked.PutObjectAsync(new PutObjectRequest { BucketName = "bkt", Key = "k2", ContentBody = "good data" }));

            Assert.Equal(("InvalidSignatureException", 400), (json.ErrorCode, json.StatusCode));
            Assert.Equal(AutoMLJobStatus.InProgress, (await server.SageMaker().DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = "victim" })).AutoMLJobStatus);
            Assert.Equal("XAmzContentSHA256Mismatch", hashedError.ErrorCode);
            Assert.Equal("STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER", chunkedPayload);
            Assert.Equal(("SignatureDoesNotMatch", HttpStatusCode.Forbidden), (chunkedError.ErrorCode, chunkedError.StatusCode));
            Assert.Equal(0, (await s3Setup.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "bkt" })).KeyCount ?? 0);
        }

        [Fact]
        public async Task ASignedHeaderChangedAfterSigningIsRefused()
        {
            await using SignedLocalServer server = await SignedLocalServer.StartAsync();
            await server.SageMaker().CreateAutoMLJobV2Async(Jobs.V2("kept"));
            using AmazonS3Client s3Setup = server.S3();
            await s3Setup.PutBucketAsync("bkt");

            // Signed as a describe, sent as a stop: X-Amz-Target is a signed header.
            ServiceFailure json = await Refusals.RefusedAsync(() => server.SageMaker(tamper: Refusals.SetHeader("X-Amz-Target", "SageMaker.StopAutoMLJob"))
                .DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = "kept" }));
            using AmazonS3Client s3 = server.S3(tamper: Refusals.SetHeader("x-amz-meta-owner", "mallory"));
            var s3Error = await Assert.ThrowsAsync<AmazonS3Exception>(() => s3.PutObjectAsync(new PutObjectRequest
            {
                BucketName = "bkt", Key = "k", ContentBody = "x", Headers = { ["x-amz-meta-owner"] = "alice" },
            }));

            Assert.Equal(("InvalidSignatureException", 400), (json.ErrorCode, json.StatusCode));
            Assert.Equal(AutoMLJobStatus.InProgress, (await server.SageMaker().DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = "kept" })).AutoMLJobStatus);
            Assert.Equal(("SignatureDoesNotMatch", HttpStatusCode.Forbidden), (s3Error.ErrorCode, s3Error.StatusCode));
        }
    }
}
