using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>
    /// The session's local server at its edges: which server is the default after a stop, which runspaces see it,
    /// which calls go to it, and what a call says when it is gone. In the environment collection: explicit
    /// parameters go to the endpoint AWS_ENDPOINT_URL names, and host-less runspaces see the process's servers.
    /// </summary>
    [Collection(EnvironmentVariablesCollection.Name)]
    public sealed class SessionServerTests
    {
        [Fact]
        public void StoppingTheNewerServerMakesTheOlderOneTheDefaultAgain()
        {
            string folder = TempDirectories.Create();
            using var session = new PowerShellSession();
            try
            {
                RunResult result = session.RunScript(@"
                    $first = Start-AutoMLLocalServer -DataPath ($args[0] + '/first')
                    $second = Start-AutoMLLocalServer -DataPath ($args[0] + '/second')
                    $second | Stop-AutoMLLocalServer
                    $first.IsSessionDefault
                    Get-AutoMLJobV2 -NameContains nothing -Verbose", folder);

                Assert.True(result.FirstError == null, "After stopping the second server: " + result.FirstError);
                Assert.True((bool)result.Output.First().BaseObject);
                // -Verbose says where each setting came from: none of them from a parameter.
                string connection = Assert.Single(result.Verbose, v => v.StartsWith("Region ", System.StringComparison.Ordinal));
                Assert.StartsWith("Region us-east-1 (from the local server at http://127.0.0.1:", connection);
                Assert.Contains("credentials from the local server's test credentials", connection);
                Assert.Contains("(from the session's local server (Start-AutoMLLocalServer, process", connection);
                Assert.DoesNotContain("parameter", connection);
            }
            finally
            {
                session.RunScript("Stop-AutoMLLocalServer");
                TempDirectories.Remove(folder);
            }
        }

        /// <summary>
        /// ForEach-Object -Parallel runs in runspaces of its own, with no host (as thread jobs do: ThreadJobTests); each
        /// uses the session's server.
        /// </summary>
        [Fact]
        public void HostlessRunspacesUseTheSessionsServer()
        {
            string folder = TempDirectories.Create();
            using var session = new PowerShellSession();
            try
            {
                RunResult result = session.RunScript(@"
                    $server = Start-AutoMLLocalServer -DataPath $args[0]
                    $manifest = $args[1]
                    1..2 | ForEach-Object -Parallel {
                        Import-Module $using:manifest
                        Get-AutoMLJobV2 -NameContains nothing -ErrorAction Stop
                        (Get-AutoMLLocalServer).Url
                    }
                    'session ' + $server.Url", folder, RepoPaths.ModuleManifest).ThrowIfErrors();

                string url = result.Output.Last().ToString()!.Substring("session ".Length);
                Assert.Equal(new[] { url, url }, result.Output.SkipLast(1).Select(o => o.ToString()));
            }
            finally
            {
                session.RunScript("Stop-AutoMLLocalServer");
                TempDirectories.Remove(folder);
            }
        }

        /// <summary>
        /// An explicit -Region, -Credential or -ProfileName chooses where to go: AWS (here the endpoint
        /// AWS_ENDPOINT_URL names), not the session's server. -EndpointUrl naming the session's server goes to it
        /// with its region and credentials; no parameters at all go to it too.
        /// </summary>
        [Fact]
        public void ExplicitConnectionParametersGoToAwsNotTheSessionServer()
        {
            string folder = TempDirectories.Create();
            using IDisposable profile = TestEnvironment.WriteSharedFiles("[profile chosen]\nregion = ap-south-1\n", "[chosen]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret\n");
            using var aws = new LoopbackServer(FakeSageMaker.DescribeAnyJob);
            using var environment = new EnvironmentScope(
                ("AWS_ENDPOINT_URL", aws.Url), ("AWS_REGION", "ca-central-1"), ("AWS_ACCESS_KEY_ID", "AKIDENVIRONMENT"), ("AWS_SECRET_ACCESS_KEY", "env-secret"));
            using var session = new PowerShellSession();
            try
            {
                session.RunScript("$server = Start-AutoMLLocalServer -DataPath ($args[0] + '/data')", folder).ThrowIfErrors();

                RunResult explicitOnes = session.RunScript(@"
                    Get-AutoMLJobV2 by-region -Region eu-west-1
                    Get-AutoMLJobV2 by-credential -Credential @{ AccessKey = 'AKIDEXPLICIT'; SecretKey = 'explicit-secret' }
                    Get-AutoMLJobV2 by-profile -ProfileName chosen").ThrowIfErrors();
                RunResult toServer = session.RunScript(@"
                    Get-AutoMLJobV2 -NameContains nothing -EndpointUrl $server.Url -Verbose
                    Get-AutoMLJobV2 -NameContains nothing -Verbose").ThrowIfErrors();

                Assert.Equal(new[] { "by-region", "by-credential", "by-profile" }, explicitOnes.Output.Select(o => ((AutoMLJob)o.BaseObject).AutoMLJobName));
                Assert.Equal(
                    new[] { ("eu-west-1", "AKIDENVIRONMENT"), ("ca-central-1", "AKIDEXPLICIT"), ("ap-south-1", "AKIDPROFILE") },
                    aws.Requests.Select(r => SigV4.Parse(r)).Select(s => (s.Region, s.AccessKey)));
                Assert.Contains(toServer.Verbose, v => v.Contains("(from the -EndpointUrl parameter (the local server at", System.StringComparison.Ordinal) && v.Contains("the local server's test credentials", System.StringComparison.Ordinal));
                Assert.Contains(toServer.Verbose, v => v.Contains("(from the session's local server", System.StringComparison.Ordinal));
            }
            finally
            {
                session.RunScript("Stop-AutoMLLocalServer");
                TempDirectories.Remove(folder);
            }
        }
    }
}
