using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Client.Errors;
using AutopilotTools.Model;
using AutopilotTools.Model.Runtime;
using Xunit;

namespace AutopilotTools.Tests.Local.Signing
{
    /// <summary>
    /// A server with an access key serves what real clients sign with it (AWSSDK.S3, the module's typed SageMaker and
    /// Runtime clients, presigned URLs) and refuses, with each service's own error, what is signed otherwise: a wrong
    /// secret, an unknown key, an expired URL, a date outside the 15-minute window, a scope of another region or service,
    /// or no signature at all (changes after signing: <see cref="TamperedRequestTests"/>).
    /// </summary>
    public sealed class SignedRequestTests
    {
        private static readonly HttpClient Http = new HttpClient();

        [Fact]
        public async Task ClientsSigningWithTheKeyAreServed()
        {
            await using SignedLocalServer server = await SignedLocalServer.StartAsync();
            using AmazonS3Client s3 = server.S3();
            await s3.PutBucketAsync("signed");
            byte[] data = Encoding.UTF8.GetBytes(new string('x', 200_000));
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = "signed", Key = "dir/a b+c~d.txt", InputStream = new MemoryStream(data) });
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = "signed", Key = "plain.txt", ContentBody = "plain", UseChunkEncoding = false });
            using GetObjectResponse got = await s3.GetObjectAsync("signed", "dir/a b+c~d.txt");
            using var read = new MemoryStream();
            await got.ResponseStream.CopyToAsync(read);
            ListObjectsV2Response listed = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "signed", Prefix = "dir/" });
            await s3.DeleteObjectsAsync(new DeleteObjectsRequest { BucketName = "signed", Objects = new System.Collections.Generic.List<KeyVersion> { new KeyVersion { Key = "plain.txt" } } });

            var sageMaker = server.SageMaker();
            await sageMaker.CreateAutoMLJobV2Async(Jobs.V2("signed-job"));
            DescribeAutoMLJobV2Response described = await sageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = "signed-job" });
            // The runtime signs as 'sagemaker' too; a missing endpoint is the service's answer, after the signature passed.
            ServiceFailure invoke = await Refusals.RefusedAsync(() => server.Runtime().InvokeEndpointAsync(new InvokeEndpointInput { EndpointName = "none", Body = new byte[] { 1 }, ContentType = "text/csv" }));

            Assert.Equal(data, read.ToArray());
            Assert.Equal("dir/a b+c~d.txt", Assert.Single(listed.S3Objects).Key);
            Assert.Equal("signed-job", described.AutoMLJobName);
            Assert.Equal("ValidationError", invoke.ErrorCode);
        }

        [Fact]
        public async Task PresignedUrlsWorkUntilTheyExpire()
        {
            await using SignedLocalServer server = await SignedLocalServer.StartAsync();
            using AmazonS3Client s3 = server.S3();
            await s3.PutBucketAsync("shared");
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = "shared", Key = "report.csv", ContentBody = "a,b\n1,2\n" });
            string url = await s3.GetPreSignedURLAsync(new GetPreSignedUrlRequest
            {
                BucketName = "shared", Key = "report.csv", Verb = HttpVerb.GET, Protocol = Protocol.HTTP, Expires = server.Clock.GetUtcNow().UtcDateTime.AddMinutes(5),
            });

            using HttpResponseMessage fresh = await Http.GetAsync(url);
            string freshBody = await fresh.Content.ReadAsStringAsync();
            server.Clock.Advance(TimeSpan.FromMinutes(6));
            using HttpResponseMessage expired = await Http.GetAsync(url);
            string expiredBody = await expired.Content.ReadAsStringAsync();
            using HttpResponseMessage forged = await Http.GetAsync(url.Replace("report.csv", "other.csv"));

            Assert.Equal((HttpStatusCode.OK, "a,b\n1,2\n"), (fresh.StatusCode, freshBody));
            Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
            Assert.Contains("<Code>AccessDenied</Code><Message>Request has expired</Message>", expiredBody);
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }

        [Fact]
        public async Task AWrongSecretIsRefusedAndNeitherSecretIsEchoed()
        {
            await using SignedLocalServer server = await SignedLocalServer.StartAsync();
            const string wrong = "not-the-secret-at-all-987";

            ServiceFailure sageMaker = await Refusals.RefusedAsync(() => server.SageMaker(SignedLocalServer.Key(secretKey: wrong)).ListAutoMLJobsAsync(new ListAutoMLJobsRequest()));
            ServiceFailure runtime = await Refusals.RefusedAsync(() => server.Runtime(SignedLocalServer.Key(secretKey: wrong)).InvokeEndpointAsync(new InvokeEndpointInput { EndpointName = "e", Body = new byte[] { 1 } }));
            using AmazonS3Client s3 = server.S3(SignedLocalServer.Key(secretKey: wrong));
            var s3Error = await Assert.ThrowsAsync<AmazonS3Exception>(() => s3.ListBucketsAsync());

            Assert.Equal(("InvalidSignatureException", 400), (sageMaker.ErrorCode, sageMaker.StatusCode));
            Assert.Equal(("InvalidSignatureException", 403), (runtime.ErrorCode, runtime.StatusCode));
            Assert.Equal(("SignatureDoesNotMatch", HttpStatusCode.Forbidden), (s3Error.ErrorCode, s3Error.StatusCode));
            foreach (string text in new[] { sageMaker.Message, runtime.Message, s3Error.Message, s3Error.ResponseBody ?? string.Empty })
            {
                Assert.DoesNotContain(SignedLocalServer.SecretKey, text);
                Assert.DoesNotContain(wrong, text);
            }
        }

        [Fact]
        public async Task AnUnknownKeyIsRefused()
        {
            await using SignedLocalServer server = await SignedLocalServer.StartAsync();
            var stranger = SignedLocalServer.Key("AKIDSTRANGER", SignedLocalServer.SecretKey);

            ServiceFailure sageMaker = await Refusals.RefusedAsync(() => server.SageMaker(stranger).ListAutoMLJobsAsync(new ListAutoMLJobsRequest()));
            using AmazonS3Client s3 = server.S3(stranger);
            var s3Error = await Assert.ThrowsAsync<AmazonS3Exception>(() => s3.PutBucketAsync("taken"));

            Assert.Equal(("UnrecognizedClientException", 400), (sageMaker.ErrorCode, sageMaker.StatusCode));
            Assert.Equal(("InvalidAccessKeyId", HttpStatusCode.Forbidden), (s3Error.ErrorCode, s3Error.StatusCode));
            Assert.Empty((await server.S3().ListBucketsAsync()).Buckets ?? new System.Collections.Generic.List<S3Bucket>());
        }

        [Fact]
        public async Task RequestsDatedOutsideFifteenMinutesAreRefused()
        {
            await using SignedLocalServer server = await SignedLocalServer.StartAsync();
            using AmazonS3Client s3 = server.S3();

            server.Clock.Advance(TimeSpan.FromMinutes(14));
            await s3.ListBucketsAsync();
            await server.SageMaker().ListAutoMLJobsAsync(new ListAutoMLJobsRequest());
            server.Clock.Advance(TimeSpan.FromMinutes(2));
            var late = await Assert.ThrowsAsync<AmazonS3Exception>(() => server.S3().ListBucketsAsync());
            ServiceFailure lateJson = await Refusals.RefusedAsync(() => server.SageMaker().ListAutoMLJobsAsync(new ListAutoMLJobsRequest()));
            server.Clock.Advance(TimeSpan.FromMinutes(-32));
            ServiceFailure early = await Refusals.RefusedAsync(() => server.SageMaker().ListAutoMLJobsAsync(new ListAutoMLJobsRequest()));

            Assert.Equal(("RequestTimeTooSkewed", HttpStatusCode.Forbidden), (late.ErrorCode, late.StatusCode));
            Assert.Equal("InvalidSignatureException", lateJson.ErrorCode);
            Assert.StartsWith("Signature expired: ", lateJson.Message);
            Assert.Equal("InvalidSignatureException", early.ErrorCode);
            Assert.StartsWith("Signature not yet current: ", early.Message);
        }

        [Fact]
        public async Task AScopeOfAnotherRegionOrServiceIsRefused()
        {
            await using SignedLocalServer server = await SignedLocalServer.StartAsync();

            ServiceFailure region = await Refusals.RefusedAsync(() => server.SageMaker(region: "us-west-2").ListAutoMLJobsAsync(new ListAutoMLJobsRequest()));
            ServiceFailure service = await Refusals.RefusedAsync(() => server.SageMaker(signingService: "s3").ListAutoMLJobsAsync(new ListAutoMLJobsRequest()));
            using AmazonS3Client s3 = server.S3(configure: c => c.AuthenticationRegion = "us-west-2");
            var s3Region = await Assert.ThrowsAsync<AmazonS3Exception>(() => s3.ListBucketsAsync());

            Assert.Equal("InvalidSignatureException", region.ErrorCode);
            Assert.Contains("'us-west-2'", region.Message);
            Assert.Equal("InvalidSignatureException", service.ErrorCode);
            Assert.Equal("Credential should be scoped to correct service: 'sagemaker'.", service.Message);
            Assert.Equal(("AuthorizationHeaderMalformed", HttpStatusCode.BadRequest), (s3Region.ErrorCode, s3Region.StatusCode));
        }

        [Fact]
        public async Task UnsignedRequestsAreRefusedHealthAndFaultAdminIncluded()
        {
            await using SignedLocalServer server = await SignedLocalServer.StartAsync(faultInjection: true);

            using var json = new HttpRequestMessage(HttpMethod.Post, server.Url) { Content = new StringContent("{}") };
            json.Headers.Add("X-Amz-Target", "SageMaker.ListAutoMLJobs");
            (HttpStatusCode status, string body) sageMaker = await SendAsync(json);
            (HttpStatusCode status, string body) root = await SendAsync(new HttpRequestMessage(HttpMethod.Get, server.Url + "/"));
            (HttpStatusCode status, string body) bucket = await SendAsync(new HttpRequestMessage(HttpMethod.Put, server.Url + "/unsigned"));
            (HttpStatusCode status, string body) health = await SendAsync(new HttpRequestMessage(HttpMethod.Get, server.Url + "/_autopilot/health"));
            (HttpStatusCode status, string body) faults = await SendAsync(new HttpRequestMessage(HttpMethod.Post, server.Url + "/_autopilot/faults") { Content = new StringContent("{\"rate\":1}") });

            Assert.Equal(HttpStatusCode.BadRequest, sageMaker.status);
            Assert.Contains("\"__type\":\"MissingAuthenticationTokenException\"", sageMaker.body);
            Assert.Equal(HttpStatusCode.Forbidden, root.status);
            Assert.Contains("<Code>AccessDenied</Code>", root.body);
            Assert.Equal(HttpStatusCode.Forbidden, bucket.status);
            Assert.Empty((await server.S3().ListBucketsAsync()).Buckets ?? new System.Collections.Generic.List<S3Bucket>());
            Assert.Equal(HttpStatusCode.Forbidden, health.status);
            Assert.Equal(HttpStatusCode.Forbidden, faults.status);
            Assert.Contains("MissingAuthenticationTokenException", faults.body);
            // No fault plan started: a signed request (the client retries nothing) is served as usual.
            await server.S3().ListBucketsAsync();
        }

        private static async Task<(HttpStatusCode, string)> SendAsync(HttpRequestMessage request)
        {
            using (request)
            using (HttpResponseMessage response = await Http.SendAsync(request))
            {
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            }
        }
    }
}
