using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local.Signing
{
    /// <summary>
    /// Start-AutoMLLocalServer -Credential: the server it starts checks signatures against that key, the session's
    /// cmdlets sign with it (S3 uploads and SageMaker calls alike), and explicit credentials of another key are refused
    /// as a permission error.
    /// </summary>
    public sealed class SignedModuleTests
    {
        [Fact]
        public async Task TheSessionSignsWithTheKeyItStartedTheServerWith()
        {
            string dataPath = TempDirectories.Create();
            string csv = Path.Combine(TempDirectories.Create(), "train.csv");
            File.WriteAllText(csv, "age,plan,churn\n42,gold,yes\n19,basic,no\n");
            using var session = new PowerShellSession();

            PSObject server = session.RunScript(
                "Start-AutoMLLocalServer -DataPath $args[0] -Credential @{ AccessKey = 'AKIDMODULE'; SecretKey = 'module/Secret+42' }", dataPath).ThrowIfErrors().Output.Single();
            try
            {
                string url = (string)server.Properties["Url"].Value;
                RunResult flow = session.RunScript(@"
                    New-AutoMLJobV2 signed-churn -TrainingData $args[0] -TargetAttributeName churn -OutputPath s3://autopilot/runs `
                        -ProblemType BinaryClassification -ObjectiveMetric F1 -RoleArn arn:aws:iam::123456789012:role/autopilot | Out-Null
                    (Get-AutoMLJobV2 signed-churn).AutoMLJobName", csv).ThrowIfErrors();
                RunResult stranger = session.RunScript(
                    "Get-AutoMLJobV2 signed-churn -EndpointUrl $args[0] -Region us-east-1 -Credential @{ AccessKey = 'AKIDMODULE'; SecretKey = 'guessed' }", url);
                using var http = new HttpClient();
                using HttpResponseMessage unsigned = await http.GetAsync(url + "/_autopilot/health");

                Assert.Equal("AKIDMODULE", server.Properties["AccessKeyId"].Value);
                Assert.Equal("signed-churn", flow.Output.Single().BaseObject);
                ErrorRecord refused = stranger.FirstError!;
                Assert.Equal(ErrorCategory.PermissionDenied, refused.CategoryInfo.Category);
                Assert.Contains("InvalidSignatureException", refused.ToString() + refused.Exception);
                Assert.DoesNotContain("module/Secret+42", stranger.AllText);
                Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
            }
            finally
            {
                session.RunScript("Stop-AutoMLLocalServer").ThrowIfErrors();
                TempDirectories.Remove(dataPath);
                TempDirectories.Remove(Path.GetDirectoryName(csv)!);
            }
        }
    }
}
