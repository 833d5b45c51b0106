using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Reliability
{
    /// <summary>
    /// With -Verbose and -Debug, on success and on every kind of failure, no secret key, session token or
    /// Authorization header reaches any output stream or the console.
    /// </summary>
    public sealed class SecretsTests
    {
        private const string Secret = "SECRETKEYdoNotLeakAnywhere0123456789abcd";
        private const string Token = "SESSIONTOKENdoNotLeakAnywhereEither";

        [Theory]
        [InlineData("Get-AutoMLJobV2 fine")]
        [InlineData("Get-AutoMLJobV2 missing-job")]
        [InlineData("Get-AutoMLJobV2 refused-job")]
        [InlineData("Get-AutoMLJobV2 -StatusEquals InProgress -First 3")]
        [InlineData("New-AutoMLJobV2 bad_name! -RoleArn x")]
        [InlineData("Stop-AutoMLJob fine -Confirm:$false -PassThru")]
        [InlineData("Wait-AutoMLJob missing-job -PollInterval 0.01")]
        public void NoSecretInAnyStream(string command)
        {
            string? authorization = null;
            using var server = new LoopbackServer(request =>
            {
                authorization ??= request.Header("Authorization");
                string body = request.BodyText;
                return body.Contains("missing-job") ? Reply.Error(400, "ResourceNotFound", "Requested resource not found.")
                    : body.Contains("refused-job") ? Reply.Error(400, "AccessDeniedException", "User is not authorized")
                    : request.Operation == "ListAutoMLJobs" ? Reply.Json("{\"AutoMLJobSummaries\":[]}")
                    : request.Operation == "StopAutoMLJob" ? Reply.Json("{}")
                    : FakeSageMaker.DescribeAnyJob(request);
            });
            using var session = new PowerShellSession();

            RunResult result = session.RunScript(
                command + " -Region eu-west-3 -EndpointUrl $args[0] -Credential @{ AccessKey = 'AKIDSECRETS'; SecretKey = $args[1]; SessionToken = $args[2] } -Verbose -Debug",
                server.Url, Secret, Token);

            string everything = result.AllText;
            Assert.DoesNotContain(Secret, everything);
            Assert.DoesNotContain(Token, everything);
            if (authorization != null)
            {
                Assert.DoesNotContain(SigV4.Parse(new RecordedRequest("POST", "/", new System.Collections.Generic.Dictionary<string, string> { ["Authorization"] = authorization }, System.Array.Empty<byte>())).Signature, everything);
            }
        }
    }
}
