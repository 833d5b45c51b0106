using System.IO;
using System.Linq;
using System.Management.Automation;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    /// <summary>Where region, credentials and endpoint come from when the parameters do not say.</summary>
    [Collection(EnvironmentVariablesCollection.Name)]
    public sealed class ConnectionTests
    {
        private const string EnvKey = "AKIDFROMENVIRONMENT";
        private const string EnvSecret = "environment/secret/key";

        [Fact]
        public void WithNoRegionAnywhereTheCmdletStopsWithAdviceBeforeAnyRequest()
        {
            using var server = new LoopbackServer(FakeSageMaker.DescribeAnyJob);
            using var session = new PowerShellSession();

            RunResult result = session.RunScript("Get-AutoMLJobV2 j -EndpointUrl $args[0] -Credential @{ AccessKey = 'a'; SecretKey = 'b' }", server.Url);

            ErrorRecord error = Assert.Single(result.Errors);
            Assert.Empty(result.Output);
            Assert.Equal("NoRegion,AutopilotTools.Commands.GetAutoMLJobV2Command", error.FullyQualifiedErrorId);
            Assert.Contains("-Region", error.ToString());
            Assert.Contains("AWS_REGION", error.ToString());
            Assert.Empty(server.Requests);
        }

        [Fact]
        public void WithNoCredentialsAnywhereTheCmdletStopsWithAdviceBeforeAnyRequest()
        {
            using var server = new LoopbackServer(FakeSageMaker.DescribeAnyJob);
            using var session = new PowerShellSession();

            RunResult result = session.RunScript("Get-AutoMLJobV2 j -Region us-east-1 -EndpointUrl $args[0]", server.Url);

            ErrorRecord error = Assert.Single(result.Errors);
            Assert.Empty(result.Output);
            Assert.Equal("NoCredentials,AutopilotTools.Commands.GetAutoMLJobV2Command", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
            Assert.Contains("-Credential", error.ToString());
            Assert.Contains("AWS_ACCESS_KEY_ID", error.ToString());
            Assert.Empty(server.Requests);
        }

        [Theory]
        [InlineData("AWS_ENDPOINT_URL_SAGEMAKER")]
        [InlineData("AWS_ENDPOINT_URL")]
        public void TheEnvironmentAloneIsEnoughRegionCredentialsAndEndpoint(string endpointVariable)
        {
            using var server = new LoopbackServer(FakeSageMaker.DescribeAnyJob);
            using var environment = new EnvironmentScope(
                (endpointVariable, server.Url), ("AWS_REGION", "ca-central-1"), ("AWS_ACCESS_KEY_ID", EnvKey), ("AWS_SECRET_ACCESS_KEY", EnvSecret));
            using var session = new PowerShellSession();

            RunResult result = session.RunScript("Get-AutoMLJobV2 from-env -Verbose").ThrowIfErrors();

            Assert.Equal("from-env", result.Single<AutoMLJob>().AutoMLJobName);
            RecordedRequest request = Assert.Single(server.Requests);
            SigV4.Scope scope = SigV4.Parse(request);
            Assert.Equal(("ca-central-1", EnvKey), (scope.Region, scope.AccessKey));
            Assert.True(SigV4.IsValid(request, EnvSecret));
            Assert.Contains(
                $"Region ca-central-1 (from $env:AWS_REGION); credentials from $env:AWS_ACCESS_KEY_ID and $env:AWS_SECRET_ACCESS_KEY; endpoint {server.Url} (from $env:{endpointVariable}).",
                result.Verbose);
        }

        [Fact]
        public void RuntimeCallsFollowTheirOwnEndpointVariable()
        {
            using var server = new LoopbackServer(_ => new Reply(200, "0.5"));
            using var environment = new EnvironmentScope(("AWS_ENDPOINT_URL_SAGEMAKER", "http://127.0.0.1:9/not-this-one"), ("AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME", server.Url));
            var connection = AutopilotTools.Client.Connection.ConnectionResolver.Resolve(new AutopilotTools.Client.Connection.ConnectionOptions
            {
                Region = "us-west-2",
                Credential = new System.Collections.Hashtable { ["AccessKey"] = EnvKey, ["SecretKey"] = EnvSecret },
            });

            var output = AutopilotTools.Client.Connection.ClientCache.SageMakerRuntime(connection)
                .InvokeEndpointAsync(new AutopilotTools.Model.Runtime.InvokeEndpointInput { EndpointName = "e", Body = new byte[] { 49 } }).GetAwaiter().GetResult();

            Assert.Equal("0.5", System.Text.Encoding.UTF8.GetString(output.Body!));
            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal("/endpoints/e/invocations", request.Path);
            Assert.Equal("us-west-2", SigV4.Parse(request).Region);
        }

        [Fact]
        public void ParametersWinOverTheEnvironment()
        {
            using var server = new LoopbackServer(FakeSageMaker.DescribeAnyJob);
            using var environment = new EnvironmentScope(
                ("AWS_ENDPOINT_URL_SAGEMAKER", "http://127.0.0.1:9/never"), ("AWS_REGION", "ca-central-1"), ("AWS_ACCESS_KEY_ID", EnvKey), ("AWS_SECRET_ACCESS_KEY", EnvSecret));
            using var session = FakeSageMaker.SessionFor(server);

            session.RunScript("Get-AutoMLJobV2 explicit @conn").ThrowIfErrors();

            SigV4.Scope scope = SigV4.Parse(Assert.Single(server.Requests));
            Assert.Equal((FakeSageMaker.Region, FakeSageMaker.AccessKey), (scope.Region, scope.AccessKey));
        }

        [Fact]
        public void TheSessionDefaultsOfAwsToolsAreUsed()
        {
            using var server = new LoopbackServer(FakeSageMaker.DescribeAnyJob);
            using var session = new PowerShellSession();

            // Credentials of the SDK as AWS Tools keep them (the module itself loads the SDK out of the session's sight).
            RunResult result = session.RunScript(@"
                $StoredAWSRegion = 'ap-south-1'
                $StoredAWSCredentials = $args[1]
                Get-AutoMLJobV2 stored -EndpointUrl $args[0] -Verbose", server.Url, new Amazon.Runtime.BasicAWSCredentials("AKIDSTORED", "stored-secret")).ThrowIfErrors();

            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal(("ap-south-1", "AKIDSTORED"), (SigV4.Parse(request).Region, SigV4.Parse(request).AccessKey));
            Assert.True(SigV4.IsValid(request, "stored-secret"));
            Assert.Contains(result.Verbose, v => v.Contains("$StoredAWSRegion") && v.Contains("$StoredAWSCredentials"));
        }

        [Fact]
        public void ANamedProfileGivesRegionAndCredentials()
        {
            using var server = new LoopbackServer(FakeSageMaker.DescribeAnyJob);
            // The SDK takes the files' locations from the environment once per process, so the profile goes into the
            // files this test process was pointed at (see TestEnvironment), and out again afterwards.
            using var files = TestEnvironment.WriteSharedFiles(
                config: "[profile research]\nregion = sa-east-1\n",
                credentials: "[research]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret\n");
            using var session = new PowerShellSession();

            session.RunScript("Get-AutoMLJobV2 profiled -ProfileName research -EndpointUrl $args[0]", server.Url).ThrowIfErrors();
            RunResult missing = session.RunScript("Get-AutoMLJobV2 profiled -ProfileName nobody -EndpointUrl $args[0]", server.Url);

            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal(("sa-east-1", "AKIDPROFILE"), (SigV4.Parse(request).Region, SigV4.Parse(request).AccessKey));
            Assert.True(SigV4.IsValid(request, "profile-secret"));
            Assert.Equal("ProfileNotFound,AutopilotTools.Commands.GetAutoMLJobV2Command", missing.FirstError!.FullyQualifiedErrorId);
            Assert.Equal("nobody", missing.FirstError.TargetObject);
            Assert.Equal(ErrorCategory.ObjectNotFound, missing.FirstError.CategoryInfo.Category);
        }

        [Fact]
        public void CredentialTakesAPSCredentialAndNeverShowsTheSecret()
        {
            using var server = new LoopbackServer(FakeSageMaker.DescribeAnyJob);
            using var session = new PowerShellSession();

            RunResult result = session.RunScript(@"
                $secret = [System.Net.NetworkCredential]::new('', 'ps-credential-secret').SecurePassword
                $cred = [pscredential]::new('AKIDPSCRED', $secret)
                Get-AutoMLJobV2 ps-cred -Credential $cred -Region eu-north-1 -EndpointUrl $args[0] -Verbose -Debug", server.Url).ThrowIfErrors();

            RecordedRequest request = Assert.Single(server.Requests);
            Assert.Equal("AKIDPSCRED", SigV4.Parse(request).AccessKey);
            Assert.True(SigV4.IsValid(request, "ps-credential-secret"));
            Assert.DoesNotContain("ps-credential-secret", result.AllText);
        }

        [Theory]
        [InlineData("-Credential 42", "UnsupportedCredential")]
        [InlineData("-Credential @{ AccessKey = 'only-half' }", "UnsupportedCredential")]
        [InlineData("-EndpointUrl 'not a url' -Credential @{ AccessKey = 'a'; SecretKey = 'b' }", "InvalidEndpointUrl")]
        public void UnusableConnectionParametersAreRefusedBeforeAnyRequest(string parameters, string expected)
        {
            using var server = new LoopbackServer(FakeSageMaker.DescribeAnyJob);
            using var session = new PowerShellSession();

            RunResult result = session.RunScript("Get-AutoMLJobV2 j -Region us-east-1 " + parameters);

            // A credential PowerShell cannot bind fails at binding time, with the binder's ErrorId and our message.
            ErrorRecord error = Assert.Single(result.Errors);
            Assert.StartsWith(expected == "InvalidEndpointUrl" ? "InvalidEndpointUrl," : "ParameterArgumentTransformationError,", error.FullyQualifiedErrorId);
            Assert.Contains(expected == "InvalidEndpointUrl" ? "'not a url'" : "AccessKey, SecretKey", error.ToString());
            Assert.Empty(server.Requests);
            Assert.Empty(result.Output);
        }

        /// <summary>
        /// -Debug shows what the module did on the wire: each attempt of a call with its outcome, the service's request
        /// id (the loopback server numbers them req-1, req-2) and the SDK's invocation id shared by the attempts (so a retry reads as attempt 2 of the same call). No
        /// secret appears.
        /// </summary>
        [Fact]
        public void DebugWritesEachAttemptWithItsRequestIdsAndNoSecret()
        {
            int calls = 0;
            using var server = new LoopbackServer(request => System.Threading.Interlocked.Increment(ref calls) == 1
                ? Reply.Error(503, "ServiceUnavailable", "try again")
                : FakeSageMaker.DescribeAnyJob(request));
            using var session = new PowerShellSession();

            RunResult result = session.RunScript(
                "Get-AutoMLJobV2 traced -Region eu-north-1 -EndpointUrl $args[0] -Credential @{ AccessKey = 'AKIDTRACE'; SecretKey = 'trace-secret-key' } -Debug",
                server.Url).ThrowIfErrors();

            string first = Assert.Single(result.Debug, d => d.Contains("DescribeAutoMLJobV2 attempt 1", System.StringComparison.Ordinal));
            string second = Assert.Single(result.Debug, d => d.Contains("DescribeAutoMLJobV2 attempt 2", System.StringComparison.Ordinal));
            Assert.True(first.Contains("failed: HTTP 503 ServiceUnavailable, request id req-1;", System.StringComparison.Ordinal), first);
            Assert.True(second.Contains(": HTTP 200, request id req-2.", System.StringComparison.Ordinal), second);
            string Invocation(string line) => line.Substring(line.IndexOf("(SDK invocation ", System.StringComparison.Ordinal)).Split(')')[0];
            Assert.Equal(Invocation(first), Invocation(second));
            Assert.Equal(2, server.Requests.Count);
            Assert.DoesNotContain("trace-secret-key", result.AllText);
        }
    }
}
