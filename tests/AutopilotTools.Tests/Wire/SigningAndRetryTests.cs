using System;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Wire
{
    /// <summary>What reaches the wire: signatures, retries, error mapping. Real HTTP to a loopback server.</summary>
    public sealed class SigningAndRetryTests
    {
        [Fact]
        public void RequestsAreSigV4SignedForSageMakerInTheConfiguredRegionEvenWithACustomEndpoint()
        {
            using var server = new LoopbackServer(FakeSageMaker.DescribeAnyJob);
            using var session = FakeSageMaker.SessionFor(server);

            session.RunScript("Get-AutoMLJobV2 signed @conn").ThrowIfErrors();

            RecordedRequest request = Assert.Single(server.Requests);
            SigV4.Scope scope = SigV4.Parse(request);
            Assert.Equal(FakeSageMaker.AccessKey, scope.AccessKey);
            Assert.Equal(FakeSageMaker.Region, scope.Region);
            Assert.Equal("sagemaker", scope.Service);
            Assert.Contains("host", scope.SignedHeaders);
            Assert.Contains("x-amz-target", scope.SignedHeaders);
            Assert.True(SigV4.IsValid(request, FakeSageMaker.SecretKey), "the signature does not verify with the secret key");
            Assert.False(SigV4.IsValid(request, FakeSageMaker.SecretKey + "x"), "the verifier accepts any key");
        }

        [Theory]
        [InlineData(400, "ThrottlingException")]
        [InlineData(503, "ServiceUnavailable")]
        [InlineData(500, "InternalFailure")]
        public void ThrottlingAndServerErrorsAreRetriedWithTheSameInvocation(int status, string code)
        {
            int calls = 0;
            using var server = new LoopbackServer(request =>
                Interlocked.Increment(ref calls) <= 2 ? Reply.Error(status, code, "slow down") : FakeSageMaker.DescribeAnyJob(request));
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("Get-AutoMLJobV2 patient @conn").ThrowIfErrors();

            Assert.Equal("patient", result.Single<AutoMLJob>().AutoMLJobName);
            Assert.Equal(3, server.Requests.Count);
            Assert.Single(server.Requests.Select(r => r.Header("amz-sdk-invocation-id")).Distinct());
            Assert.Equal(new[] { "attempt=1", "attempt=2", "attempt=3" }, server.Requests.Select(r => r.Header("amz-sdk-request")!.Split(';')[0]));
            Assert.All(server.Requests, r => Assert.True(SigV4.IsValid(r, FakeSageMaker.SecretKey)));
        }

        [Fact]
        public void AServiceErrorThatIsNotRetryableIsReportedOnceWithItsCodeAndRequestId()
        {
            using var server = new LoopbackServer(_ => Reply.Error(400, "ValidationException", "1 validation error detected"));
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("Get-AutoMLJobV2 refused @conn");

            Assert.Single(server.Requests);
            ErrorRecord error = Assert.Single(result.Errors);
            Assert.Equal("ServiceError,AutopilotTools.Commands.GetAutoMLJobV2Command", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Equal("refused", error.TargetObject);
            string message = error.ToString();
            Assert.Contains("DescribeAutoMLJobV2", message);
            Assert.Contains("1 validation error detected", message);
            Assert.Contains("ValidationException", message);
            Assert.Contains("req-1", message);
        }
    }
}
